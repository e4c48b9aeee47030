"""The articles' networks, Python side, one module each; R/ holds the same networks, file for
file. Each is declared in ../bundled.toml, as a user declares theirs: the names and shapes of
its data, parameters and hyperparameters, predict()'s input and output, and the names of
step()'s intermediates. Each module has train(**data, **params, **hyper) -> params + "loss"
(one value per epoch), step(...) for one epoch with the article's intermediates, and
predict(input, **params); R/NAME.R mirrors them as NAME_train(), NAME_step(), NAME_predict().
"""
