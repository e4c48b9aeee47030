#' Read a fixture file written by nnparity's Python generator
#'
#' Forces every array to double, and every matrix to explicit dims, whatever jsonlite would
#' simplify it to: `[[0.5]]` stays a 1 x 1 double matrix, a one-row matrix stays one row, a
#' number (a scalar parameter) stays a number, `[1, 2]` a vector, and an empty loss (`[]`,
#' from a 0-epoch run) is `numeric(0)`. Validation is the Python side's job; this only
#' reads what it wrote.
#' @param path Path to a fixture JSON file.
#' @return A named list: network, name, data, init, hyper (the network's hyperparameters
#'   by name), gold (params, output, loss, binding_until_epoch), each matrix a double
#'   matrix.
#' @export
read_fixture <- function(path) {
  doc <- jsonlite::fromJSON(path, simplifyVector = FALSE)
  arrays <- function(x) lapply(x, as_double_array)
  list(
    network = doc$network,
    name = doc$name,
    data = arrays(doc$data),
    init = arrays(doc$init),
    hyper = doc$hyper,  # by name; a count (written 1000) is an integer, a rate (0.5) a double
    gold = list(
      params = arrays(doc$gold$params),
      output = as_double_array(doc$gold$output),
      loss = as.double(unlist(doc$gold$loss)),
      # For a run that amplifies rounding: gold binds a one-language run only before this epoch.
      binding_until_epoch = if (is.null(doc$gold$binding_until_epoch)) {
        length(doc$gold$loss) + 1L
      } else {
        as.integer(doc$gold$binding_until_epoch)
      }
    )
  )
}

# Return what the fixture holds as a double: a number as a number, a list of numbers as a
# vector, a list of rows (each a list of numbers) as a matrix filled row by row.
as_double_array <- function(x) {
  if (!is.list(x)) return(as.double(x))
  values <- as.double(unlist(x))
  if (length(x) == 0 || !is.list(x[[1]])) return(values)
  matrix(values, nrow = length(x), ncol = length(values) / length(x), byrow = TRUE)
}
