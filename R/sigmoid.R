#' Return 1 / (1 + exp(-x)), element-wise
#' @param x A numeric array.
#' @return An array shaped like `x`.
#' @export
sigmoid <- function(x) {
  1 / (1 + exp(-x))
}
