#' Read a fixture file written by nnparity's Python generator
#'
#' Forces every matrix to double with explicit dims, whatever jsonlite would simplify it to:
#' `[[0.5]]` stays a 1 x 1 double matrix, a one-row matrix stays one row, and an empty loss
#' (`[]`, from a 0-epoch run) is `numeric(0)`. Validation is the Python side's job; this only
#' reads what it wrote.
#' @param path Path to a fixture JSON file.
#' @return A named list: network, name, data, init, hyper (lr, epochs), gold (params,
#'   output, loss), each matrix a double matrix.
#' @export
read_fixture <- function(path) {
  doc <- jsonlite::fromJSON(path, simplifyVector = FALSE)
  matrices <- function(x) lapply(x, as_double_matrix)
  list(
    network = doc$network,
    name = doc$name,
    data = matrices(doc$data),
    init = matrices(doc$init),
    hyper = list(lr = as.double(doc$hyper$lr), epochs = as.integer(doc$hyper$epochs)),
    gold = list(
      params = matrices(doc$gold$params),
      output = as_double_matrix(doc$gold$output),
      loss = as.double(unlist(doc$gold$loss))
    )
  )
}

# Return a list of rows (each a list of numbers) as a double matrix, filled row by row.
as_double_matrix <- function(rows) {
  values <- as.double(unlist(rows))
  matrix(values, nrow = length(rows), ncol = length(values) / length(rows), byrow = TRUE)
}
