# One fixture the way a user runs R from Python without nnparity: read the inputs Python
# wrote with jsonlite, train and predict with the network's R code, write the results as
# JSON at full precision. One Rscript process per fixture (bench/user_workflow.py).
#
#   Rscript bench/user_fixture.R ROOT IN.json OUT.json

args <- commandArgs(trailingOnly = TRUE)
library(jsonlite)
net <- new.env()
inputs <- fromJSON(args[2], simplifyVector = FALSE)
sys.source(file.path(args[1], "R", "sigmoid.R"), envir = net)
sys.source(file.path(args[1], "R", paste0(inputs$network, ".R")), envir = net)
# A list of rows is a matrix (even of one row or one column), a list of numbers a vector.
as_r <- function(x) {
  if (!is.list(x)) return(x)
  if (is.list(x[[1]])) return(matrix(unlist(x), nrow = length(x), byrow = TRUE))
  unlist(x)
}
data <- lapply(inputs$data, as_r)
init <- lapply(inputs$init, as_r)
out <- do.call(get(paste0(inputs$network, "_train"), envir = net), c(data, init, inputs$hyper))
output <- do.call(get(paste0(inputs$network, "_predict"), envir = net),
                  c(data[inputs$input], out[names(init)]))
write_json(list(params = out[names(init)], loss = out$loss, output = output), args[3],
           digits = NA)
