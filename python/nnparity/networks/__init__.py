"""The articles' networks, one module each; R/ holds the same networks, file for file.

Each module declares its arrays' shapes symbolically (DATA, PARAMS), its hyperparameters
(HYPER), the article's intermediates in order (INTERMEDIATES), and the functions
train(), step() and predict().
"""

from . import av_mlp

NETWORKS = {"av_mlp": av_mlp}
