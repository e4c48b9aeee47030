#' Read a fixture file written by nnparity's Python generator
#'
#' Forces every array to double, and every matrix to explicit dims, whatever jsonlite would
#' simplify it to: `[[0.5]]` stays a 1 x 1 double matrix, a one-row matrix stays one row, a
#' number (a scalar parameter) stays a number, `[1, 2]` a vector, and an empty loss (`[]`,
#' from a 0-epoch run) is `numeric(0)`. An array written as `{"npy": "NAME.npy", "sha256":
#' ...}` is read from that .npy file beside the JSON with base R (readBin): its header must
#' say little-endian float64 (`'<f8'`), C order (`fortran_order` False) and a shape of at
#' most two dimensions, and the file must hold exactly that many numbers; a matrix is filled
#' row by row. Its SHA-256 is not checked here (base R has no SHA-256; the Python reader,
#' which `nnparity check` uses, checks it), and neither is the shape against the network's
#' declaration. Validation is the Python side's job; this only reads what it wrote.
#' @param path Path to a fixture JSON file.
#' @return A named list: network, name, data, init, hyper (the network's hyperparameters
#'   by name), gold (params, output, loss, binding_until_epoch), each matrix a double
#'   matrix.
#' @export
read_fixture <- function(path) {
  doc <- jsonlite::fromJSON(path, simplifyVector = FALSE)
  folder <- dirname(path)
  array <- function(x) {
    if (is.list(x) && !is.null(names(x)) && "npy" %in% names(x)) {
      return(read_npy(file.path(folder, x$npy)))
    }
    as_double_array(x)
  }
  arrays <- function(x) lapply(x, array)
  loss <- array(doc$gold$loss)
  list(
    network = doc$network,
    name = doc$name,
    data = arrays(doc$data),
    init = arrays(doc$init),
    hyper = doc$hyper,  # by name; a count (written 1000) is an integer, a rate (0.5) a double
    gold = list(
      params = arrays(doc$gold$params),
      output = array(doc$gold$output),
      loss = as.double(loss),
      # For a run that amplifies rounding: gold binds a one-language run only before this epoch.
      binding_until_epoch = if (is.null(doc$gold$binding_until_epoch)) {
        length(loss) + 1L
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

# Return the array in the .npy file at `file` (format versions 1.0, 2.0 and 3.0): a number
# for shape (), a vector for (n,), a matrix filled row by row (C order) for (n, m). Stops
# with one line naming the file for anything else: not a .npy file, a dtype other than
# '<f8', Fortran order, more than two dimensions, or fewer or more bytes than the shape.
read_npy <- function(file) {
  fail <- function(...) stop(file, ": ", ..., call. = FALSE)
  if (!file.exists(file)) fail("no such file")
  con <- file(file, "rb")
  on.exit(close(con))
  magic <- readBin(con, "raw", 6L)
  if (length(magic) < 6L || !identical(magic, as.raw(c(0x93, 0x4e, 0x55, 0x4d, 0x50, 0x59)))) {
    fail("not a .npy file (no \\x93NUMPY magic)")
  }
  version <- as.integer(readBin(con, "raw", 2L))
  if (length(version) < 2L || !version[1] %in% 1:3) fail("not a .npy file (unknown version)")
  size_bytes <- if (version[1] == 1L) 2L else 4L
  header_bytes <- readBin(con, "raw", size_bytes)
  if (length(header_bytes) < size_bytes) fail("not a .npy file (truncated header)")
  header_length <- sum(as.integer(header_bytes) * 256^(seq_len(size_bytes) - 1L))
  header <- readBin(con, "raw", header_length)
  if (length(header) < header_length) fail("not a .npy file (truncated header)")
  header <- rawToChar(header)
  Encoding(header) <- "UTF-8"
  field <- function(key, pattern) {
    m <- regmatches(header, regexec(paste0("'", key, "'\\s*:\\s*", pattern), header))[[1]]
    if (length(m) < 2L) fail("not a .npy file (no '", key, "' in its header)")
    m[2]
  }
  descr <- field("descr", "'([^']*)'")
  if (descr != "<f8") fail("dtype '", descr, "', expected little-endian float64 ('<f8')")
  if (field("fortran_order", "(True|False)") != "False") fail("Fortran order, expected C order")
  dims <- trimws(strsplit(field("shape", "\\(([^)]*)\\)"), ",")[[1]])
  dims <- dims[dims != ""]
  if (!all(grepl("^[0-9]+$", dims))) fail("not a .npy file (bad shape in its header)")
  dims <- as.numeric(dims)
  if (length(dims) > 2L) fail(length(dims), " dimensions, at most 2")
  n <- prod(dims)  # 1 for shape ()
  values <- readBin(con, "double", n, size = 8L, endian = "little")
  if (length(values) < n) fail("truncated: ", length(values), " of ", n, " numbers")
  if (length(readBin(con, "raw", 1L)) > 0L) fail("bytes after the ", n, " numbers")
  switch(length(dims) + 1L,
    values,
    values,
    matrix(values, nrow = dims[1], ncol = dims[2], byrow = TRUE)
  )
}
