library(testthat)
library(nnparity)

test_check("nnparity")
