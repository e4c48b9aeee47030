# Measure 3 in R: the bundled av_mlp_train() against the 2017 article's own R loop (its
# precomputed bias matrices, its rowSums) and against a correct port of that loop that adds
# the biases with sweep(), on the article's settings (fixtures/av_mlp/article-5000.json).
# Interleaved (the order turns every round), repeated; prints one JSON line of per-round
# seconds for each contender.
#
#   Rscript bench/articles_bench.R ROOT ROUNDS

args <- commandArgs(trailingOnly = TRUE)
root <- args[1]
rounds <- as.integer(args[2])
pkg <- new.env(parent = globalenv())
for (file in sort(list.files(file.path(root, "R"), pattern = "[.][Rr]$", full.names = TRUE))) {
  sys.source(file, envir = pkg, keep.source = FALSE)
}
article <- new.env(parent = globalenv())
sys.source(file.path(root, "bench", "articles", "av_mlp_2017.R"), envir = article,
           keep.source = FALSE)

f <- pkg$read_fixture(file.path(root, "fixtures", "av_mlp", "article-5000.json"))
a <- c(f$data, f$init, f$hyper)
contenders <- list(
  article = function() article$article_av_mlp_train(a$X, a$y, a$wh, a$bh, a$wout, a$bout,
                                                    a$lr, a$epochs),
  sweep = function() article$sweep_av_mlp_train(a$X, a$y, a$wh, a$bh, a$wout, a$bout,
                                                a$lr, a$epochs),
  ours = function() pkg$av_mlp_train(a$X, a$y, a$wh, a$bh, a$wout, a$bout, a$lr, a$epochs)
)
for (g in contenders) g()                     # the first call byte-compiles: not timed
seconds <- lapply(contenders, function(g) numeric(0))
for (r in seq_len(rounds)) {
  order <- names(contenders)
  order <- c(order[-seq_len(r %% length(order))], order[seq_len(r %% length(order))])
  if (r %% 2 == 0) order <- rev(order)
  for (name in order) {
    t <- Sys.time()
    contenders[[name]]()
    seconds[[name]] <- c(seconds[[name]], as.numeric(Sys.time() - t, units = "secs"))
  }
}
cat(sprintf('{"epochs": %d, %s}\n', a$epochs, paste(sprintf('"%s": [%s]', names(seconds),
    vapply(seconds, function(s) paste(sprintf("%.6f", s), collapse = ", "), "")),
    collapse = ", ")))
