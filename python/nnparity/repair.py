"""The repair probe: which one small edit of one line makes a diverging port agree.

A diagnosis read off values can say what a statement's value is (the reference's times 1/n,
its transpose); it cannot always say what the statement should have been. This probe asks
the port itself: it edits one line of a copy of the port at a time, with one edit of a small
vocabulary that holds for any network (rowSums for colSums, sum for mean, an axis, a
transpose, an index, a constant written short, a hyperparameter applied twice, the other
activation's slope, an operand the reference's statement reads), runs one epoch of the copy
from the same state, and keeps the first edit after which every value the port returns
agrees with the reference's. That edit is verified, not guessed: it names the line and the
kind of bug. The copies are texts, run from memory: no file is written.

The reported statement is tried first, then the lines around it, nearest first, within a
budget of runs (most lines offer no edit at all, and cost nothing).
"""

import itertools
import re
from dataclasses import dataclass
from pathlib import Path

# (language or None for both, pattern, replacement, kind, words); words may use {old} and
# {new}, the text matched and its replacement.
_SWAPS = [
    # a second name for an array (numpy's views: b = a, b = a[:], b = a.T) where a copy
    # belongs: what changes one in place changes the other
    ("Python", r"^(\s*[A-Za-z_][\w.]*\s*=\s*)([A-Za-z_][\w.]*(?:\[[^\[\]]*\])?(?:\.T)?)(?=\s*$)",
     r"\1\2.copy()", "stale-value", "{old}: a second name for the same array where a "
     "copy ({new}) belongs"),
    (None, r"\browSums\(", "colSums(", "wrong-axis", "rowSums where colSums belongs"),
    (None, r"\bcolSums\(", "rowSums(", "wrong-axis", "colSums where rowSums belongs"),
    (None, r"\browMeans\(", "colMeans(", "wrong-axis", "rowMeans where colMeans belongs"),
    (None, r"\bcolMeans\(", "rowMeans(", "wrong-axis", "colMeans where rowMeans belongs"),
    ("R", r"\bcolSums\(", "colMeans(", "sum-for-mean", "a sum where a mean belongs"),
    ("R", r"\browSums\(", "rowMeans(", "sum-for-mean", "a sum where a mean belongs"),
    ("R", r"\bcolMeans\(", "colSums(", "mean-for-sum", "a mean where a sum belongs"),
    ("R", r"\browMeans\(", "rowSums(", "mean-for-sum", "a mean where a sum belongs"),
    # a sum over every number divided by one axis's count (sum((y - Y)^2) / nrow(Y)) where
    # the mean of them all belongs: a sum over the other axis kept
    ("R", r"(?<![\w.$])sum\((.+)\)\s*/\s*(?:nrow|NROW|ncol|NCOL|length)\([^()]*\)",
     r"mean(\1)", "sum-for-mean", "{old} where {new}, the mean of every number, belongs: "
     "a sum over one axis where a mean belongs"),
    ("Python", r"\bnp\.sum\((.+)\)\s*/\s*(?:len\([^()]*\)|[\w.]+\.shape\[\d\])",
     r"np.mean(\1)", "sum-for-mean", "{old} where {new}, the mean of every number, belongs: "
     "a sum over one axis where a mean belongs"),
    ("R", r"(?<![\w.$])sum\(", "mean(", "sum-for-mean", "a sum where a mean belongs"),
    ("R", r"(?<![\w.$])mean\(", "sum(", "mean-for-sum", "a mean where a sum belongs"),
    ("Python", r"\bnp\.sum\(", "np.mean(", "sum-for-mean", "a sum where a mean belongs"),
    ("Python", r"\bnp\.mean\(", "np.sum(", "mean-for-sum", "a mean where a sum belongs"),
    ("Python", r"\bnp\.average\(", "np.sum(", "mean-for-sum", "a mean where a sum belongs"),
    ("Python", r"\.sum\(", ".mean(", "sum-for-mean", "a sum where a mean belongs"),
    ("Python", r"\.mean\(", ".sum(", "mean-for-sum", "a mean where a sum belongs"),
    # the log of 1 + x written log(x): the 1 lost (a softplus, a log-loss kept stable); no
    # kind of the vocabulary is sure of it (a constant lost, or another function called), so
    # the words say what was seen
    ("R", r"(?<![\w.$])log\(", "log1p(", None, "log(x) where log1p(x), the log of 1 + x, "
     "belongs: the 1 lost"),
    ("Python", r"\bnp\.log\(", "np.log1p(", None, "np.log(x) where np.log1p(x), the log of "
     "1 + x, belongs: the 1 lost"),
    ("Python", r"\baxis\s*=\s*0\b", "axis=1", "wrong-axis", "axis=0 where axis=1 belongs"),
    ("Python", r"\baxis\s*=\s*1\b", "axis=0", "wrong-axis", "axis=1 where axis=0 belongs"),
    ("R", r"\b(sweep|apply)\(([^,()]+(?:\([^()]*\))?[^,()]*),\s*1\s*,", r"\1(\2, 2,",
     "wrong-axis", "MARGIN 1 where MARGIN 2 belongs"),
    ("R", r"\b(sweep|apply)\(([^,()]+(?:\([^()]*\))?[^,()]*),\s*2\s*,", r"\1(\2, 1,",
     "wrong-axis", "MARGIN 2 where MARGIN 1 belongs"),
    ("R", r"\bt\((\w+)\)\s*%\*%\s*(\w+)", r"t(\2) %*% \1", "transposed",
     "the product's transpose where the product belongs"),
    ("R", r"\b(\w+)\s*%\*%\s*t\((\w+)\)", r"\2 %*% t(\1)", "transposed",
     "the product's transpose where the product belongs"),
    ("Python", r"(?<![\w.])([\w.]+)\.T\s*@\s*([\w.]+)\b(?![.(\[])", r"\2.T @ \1", "transposed",
     "the product's transpose where the product belongs"),
    ("Python", r"\bnp\.(dot|matmul)\((\w+)\.T,\s*(\w+)\)", r"np.\1(\3.T, \2)", "transposed",
     "the product's transpose where the product belongs"),
    ("R", r"(?<![\w.$])t\(([A-Za-z.][\w.]*(?:\$[\w.]+)*)\)", r"\1", "transposed",
     "t({new}) where {new} belongs"),
    # a transpose left out of a product: A %*% B where A %*% t(B) (or t(A) %*% B) belongs
    ("R", r"(?<![\w.$])([A-Za-z.][\w.]*)(\s*%\*%\s*)(?!t\()([A-Za-z.][\w.]*)(?![\w.(\[$])",
     r"\1\2t(\3)", "transposed", "{old} where {new} belongs: a transpose left out"),
    ("R", r"(?<![\w.$(])(?<!t\()([A-Za-z.][\w.]*)(\s*%\*%\s*)([A-Za-z.][\w.]*)(?![\w.(\[$])",
     r"t(\1)\2\3", "transposed", "{old} where {new} belongs: a transpose left out"),
    # (of a product by a parenthesised factor, A %*% (d * s); or that factor alone on the
    # line a product goes on to)
    ("R", r"(%\*%\s*)\(([^()]*)\)", r"\1t(\2)", "transposed",
     "{old} where {new} belongs: a transpose left out"),
    ("R", r"^(\s*)\(([^()]*)\)(\s*)$", r"\1t(\2)\3", "transposed",
     "{old} where {new} belongs: a transpose left out"),
    ("Python", r"(?<![\w.])([A-Za-z_]\w*)(\s*@\s*)([A-Za-z_]\w*)(?![\w.(\[])", r"\1\2\3.T",
     "transposed", "{old} where {new} belongs: a transpose left out"),
    ("Python", r"(?<![\w.])([A-Za-z_]\w*)(\s*@\s*)([A-Za-z_]\w*)(?![\w.(\[])", r"\1.T\2\3",
     "transposed", "{old} where {new} belongs: a transpose left out"),
    ("Python", r"\bnp\.(dot|matmul)\(\s*([A-Za-z_]\w*),\s*([A-Za-z_]\w*)\s*\)",
     r"np.\1(\2, \3.T)", "transposed", "{old} where {new} belongs: a transpose left out"),
    ("Python", r"\bnp\.(dot|matmul)\(\s*([A-Za-z_]\w*),\s*([A-Za-z_]\w*)\s*\)",
     r"np.\1(\2.T, \3)", "transposed", "{old} where {new} belongs: a transpose left out"),
    ("Python", r"(?<![\w.])([A-Za-z_]\w*)\.dot\(\s*([A-Za-z_]\w*)\s*\)", r"\1.dot(\2.T)",
     "transposed", "{old} where {new} belongs: a transpose left out"),
    ("Python", r"(\b[A-Za-z_]\w*(?:\[[^\[\]]+\])?)\.T\b", r"\1", "transposed",
     "{old} where {new} belongs"),
    # matrix(v, ncol = n) where matrix(v, nrow = n) belongs: the matrix laid the other way
    ("R", r"(\bmatrix\((?:(?!\b(?:nrow|ncol)\s*=)[^()]|\([^()]*\))*?\b)ncol(\s*=)"
          r"(?!(?:[^()]|\([^()]*\))*\bnrow\s*=)", r"\1nrow\2", "transposed",
     "matrix() given ncol where nrow belongs: the matrix laid the other way"),
    ("R", r"(\bmatrix\((?:(?!\b(?:nrow|ncol)\s*=)[^()]|\([^()]*\))*?\b)nrow(\s*=)"
          r"(?!(?:[^()]|\([^()]*\))*\bncol\s*=)", r"\1ncol\2", "transposed",
     "matrix() given nrow where ncol belongs: the matrix laid the other way"),
    ("R", r"(?<![\w.$])row\(", "col(", "wrong-axis", "row() where col() belongs"),
    ("R", r"(?<![\w.$])col\(", "row(", "wrong-axis", "col() where row() belongs"),
    (None, r"\bnrow\(", "ncol(", "wrong-axis", "nrow where ncol belongs"),
    (None, r"\bncol\(", "nrow(", "wrong-axis", "ncol where nrow belongs"),
    ("R", r"\b(dim\([^()]*\))\[\s*1\s*\]", r"\1[2]", "wrong-axis", "{old}: the other axis"),
    ("R", r"\b(dim\([^()]*\))\[\s*2\s*\]", r"\1[1]", "wrong-axis", "{old}: the other axis"),
    ("Python", r"\.(max|min|sum|mean)\(\s*axis\s*=\s*(-?\d)\s*\)",
     r".\1(axis=\2, keepdims=True)", "recycling",
     "{old} drops the axis: numpy broadcasts the result along the other one"),
    ("Python", r"\.shape\[\s*0\s*\]", ".shape[1]", "wrong-axis", "{old}: the other axis"),
    ("Python", r"\.shape\[\s*1\s*\]", ".shape[0]", "wrong-axis", "{old}: the other axis"),
    # a row taken where the column belongs, and the other way (bh[, 1, drop = FALSE] for
    # bh[1, , drop = FALSE]: the first column, where the first row belongs)
    ("R", r"(?<![\w.$])(\w+)\[\s*([A-Za-z.]\w*|\d+)\s*,\s*(,\s*drop\s*=\s*\w+\s*)?\]",
     r"\1[, \2\3]", "wrong-axis", "{old}, a row, where the column {new} belongs"),
    ("R", r"(?<![\w.$])(\w+)\[\s*,\s*([A-Za-z.]\w*|\d+)\s*(,\s*drop\s*=\s*\w+\s*)?\]",
     r"\1[\2, \3]", "wrong-axis", "{old}, a column, where the row {new} belongs"),
    ("Python", r"(?<![\w.])(\w+)\[\s*:\s*,\s*([A-Za-z_]\w*|\d+)\s*\]", r"\1[\2, :]",
     "wrong-axis", "{old}, a column, where the row {new} belongs"),
    ("Python", r"(?<![\w.])(\w+)\[\s*([A-Za-z_]\w*|\d+)\s*,\s*:\s*\]", r"\1[:, \2]",
     "wrong-axis", "{old}, a row, where the column {new} belongs"),
    # an index pair the other way round: N[:2, 2], a column's part, for N[2, :2], a row's
    (None, r"(?<![\w.$])(\w+)\[\s*([^\[\],\s]+)\s*,\s*(?!\2\s*\])([^\[\],\s]+)\s*\]",
     r"\1[\3, \2]",
     "transposed", "{old} where {new} belongs: the index pair the other way round"),
    ("R", r"(?<![\w.$])(\w+)\[([A-Za-z.]\w*)\](?!\[)", r"\1[\2, ]", "recycling",
     "{old} is one element where the row {new} belongs, recycled"),
    (None, r"\[\s*([A-Za-z_]\w*)\s*-\s*1\s*\]", r"[\1]", None,
     "{old} where {new} belongs: an index one off"),
    # a loop run in the other order: over the layers forward where backward belongs
    ("R", r"^(\s*for\s*\(\s*[\w.]+\s+in\s+)(?!rev\()(.*\S)\)(\s*\{?\s*)$", r"\1rev(\2))\3",
     None, "the loop run forward where backward belongs"),
    ("R", r"^(\s*for\s*\(\s*[\w.]+\s+in\s+)rev\((.*\S)\)\)(\s*\{?\s*)$", r"\1\2)\3",
     None, "the loop run backward where forward belongs"),
    ("Python", r"^(\s*for\s+[\w, ]+\s+in\s+)(?!reversed\()(.*\S)(\s*:\s*)$",
     r"\1reversed(\2)\3", None, "the loop run forward where backward belongs"),
    ("Python", r"^(\s*for\s+[\w, ]+\s+in\s+)reversed\((.*\S)\)(\s*:\s*)$", r"\1\2\3",
     None, "the loop run backward where forward belongs"),
    # a list's element one along or one back: acts[[l]], a layer's input, where
    # acts[[l + 1]], its output, belongs (R's lists; Python's acts[l])
    ("R", r"(?<![\w.$])([\w.]+)\[\[\s*([A-Za-z.][\w.]*)\s*\]\]", r"\1[[\2 + 1]]",
     "wrong-operand", "{old} where {new} belongs: the element one along"),
    ("R", r"(?<![\w.$])([\w.]+)\[\[\s*([A-Za-z.][\w.]*)\s*\+\s*1\s*\]\]", r"\1[[\2]]",
     "wrong-operand", "{old} where {new} belongs: the element one back"),
    ("Python", r"(?<![\w.])([A-Za-z_]\w*)\[\s*([A-Za-z_]\w*)\s*\]", r"\1[\2 + 1]",
     "wrong-operand", "{old} where {new} belongs: the element one along"),
    ("Python", r"(?<![\w.])([A-Za-z_]\w*)\[\s*([A-Za-z_]\w*)\s*\+\s*1\s*\]", r"\1[\2]",
     "wrong-operand", "{old} where {new} belongs: the element one back"),
    ("R", r"(?<!\[)\[\s*([A-Za-z.][\w.]*)\s*\+\s*1\s*\](?!\])", r"[\1]", None,
     "{old} where {new} belongs: an index one off"),
    # a value stored one place along or back: loss[k + 1] <- ... where loss[k] belongs
    (None, r"^(\s*[A-Za-z_.][\w.$]*)\[\s*([A-Za-z_.][\w.]*)\s*[-+]\s*1\s*\](?=\s*(?:<-|=(?!=)))",
     r"\1[\2]", None, "{old} where {new} belongs: an index one off"),
    (None, r"/\s*\(\s*([A-Za-z_]\w*(?:\([^()]*\))?)\s*[-+]\s*1\s*\)", r"/ \1",
     "wrong-constant", "{old} where {new} belongs: divided by a count one off"),
    (None, r"\(\s*([A-Za-z_]\w*(?:\([^()]*\))?)\s*[-+]\s*1\s*\)", r"\1", None,
     "{old} where {new} belongs: a count one off"),
    # n <- nrow(X) - 1 (var()'s n - 1) where the count of the samples belongs
    (None, r"(?<=<-|.=)(\s*)((?:nrow|ncol|NROW|NCOL|length|len)\([^()]*\)|[\w.]+\.shape\[\d\])"
     r"\s*[-+]\s*1(?=\s*(?:#.*)?$)", r"\1\2", "wrong-constant",
     "{old} where {new} belongs: a count one off"),
    (None, r"/\s*(\w+)\s*\*\s*(\w+)(?![\w(\[.])", r"/ (\1 * \2)", None,
     "{old} where {new} belongs: / and * taken left to right"),
    ("R", r"(?<![\w.$])length\(\s*([A-Za-z.][\w.]*)\s*\)", r"nrow(\1)", None,
     "{old} counts every element of a matrix where {new}, its rows, belongs (Python's "
     "len())"),
    ("R", r"(?<![\w.])max\(", "pmax(", None,
     "max() where pmax() belongs: one number for the whole vector"),
    ("R", r"(?<![\w.])min\(", "pmin(", None,
     "min() where pmin() belongs: one number for the whole vector"),
    ("R", r"\bsweep\(((?:[^()]|\((?:[^()]|\([^()]*\))*\))*)\)(?<!FUN = \"\+\"\))",
     r'sweep(\1, FUN = "+")', "sign",
     "{old} subtracts: sweep()'s FUN is \"-\" unless told, where the bias is added"),
    # rep()'s times where each belongs, or the reverse: a row repeated whole, b1 b2 b1 b2,
    # where each of its numbers repeated, b1 b1 b2 b2, lays it down a column-major matrix
    ("R", r"(?<![\w.$])rep\(\s*([^,()]+(?:\([^()]*\))?)\s*,\s*(?:times\s*=\s*)?"
          r"(?!each\b|times\b|length)([^,()=]+(?:\([^()]*\))?)\s*\)",
     r"rep(\1, each = \2)", "recycling",
     "{old} repeats the whole vector where each of its numbers repeated, {new}, belongs"),
    ("R", r"(?<![\w.$])rep\(\s*([^,()]+(?:\([^()]*\))?)\s*,\s*each\s*=\s*"
          r"([^,()=]+(?:\([^()]*\))?)\s*\)",
     r"rep(\1, \2)", "recycling",
     "{old} repeats each number where the whole vector repeated, {new}, belongs"),
    ("R", r"(?<![\w.$])rep\(\s*([\w.]+)\s*,\s*([\w.]+)\s*\)", r"rep(\2, \1)", None,
     "{old}: rep()'s value and count the other way round"),
    ("R", r"(?<![\w.])(max|min)\(", r"p\1(", None,
     "max() and min() where pmax() and pmin() belong: one number for the whole vector"),
    ("Python", r"(?<![\w.])max\(", "np.maximum(", None,
     "max() where np.maximum() belongs"),
    # a result written into the array it is computed from (np.multiply(x, 1 - x, out=x)):
    # the caller's array overwritten
    ("Python", r",\s*out\s*=\s*[A-Za-z_][\w.]*(?=\s*\))", "", "stale-value",
     "out= writes the result into an array its caller still reads"),
    ("Python", r"\[0\](?=\s*\*)", "[0.0]", "integer-truncation",
     "[0] * n: a list of integers where floats belong: values truncated"),
    ("R", r"\[\s*1\s*\]", "[2]", "wrong-operand", "[1] where [2] belongs"),
    ("R", r"\[\s*2\s*\]", "[1]", "wrong-operand", "[2] where [1] belongs"),
    ("Python", r"\[\s*0\s*\]", "[1]", "wrong-operand", "[0] where [1] belongs"),
    ("Python", r"\[\s*1\s*\]", "[0]", "wrong-operand", "[1] where [0] belongs"),
    # a power of 2 or 10 where one of e belongs (np.exp2, one completion from np.exp)
    ("Python", r"\bnp\.exp2\(", "np.exp(", "wrong-constant",
     "{old}x), 2 to the power x, where {new}x) belongs"),
    (None, r"\b(np\.)?log(?:2|10)\(", r"\1log(", "wrong-constant",
     "{old}x), a logarithm of another base, where {new}x) belongs"),
    # the exponent's sign lost or added: exp(z) where exp(-z) belongs (a sigmoid's)
    (None, r"(?<![\w.])((?:np\.)?exp\(\s*)(?!-)(?=[\w(.])", r"\1-", "sign",
     "{old}x) where {new}x) belongs: the exponent's sign"),
    (None, r"(?<![\w.])((?:np\.)?exp\(\s*)-\s*(?=[\w(.])", r"\1", "sign",
     "{old}x) where {new}x) belongs: the exponent's sign"),
    (None, r"\b(np\.)?expm1\(", r"\1exp(", "wrong-constant",
     "{old}x), exp(x) - 1, where {new}x) belongs"),
    (None, r"\b(np\.)?log1p\(", r"\1log(", "wrong-constant",
     "{old}x), log(1 + x), where {new}x) belongs"),
    # a number written negative: cbind(-1, X) where cbind(1, X) belongs
    (None, r"(?<=[(,=\[])(\s*)-\s*(\d+(?:\.\d+)?)(?![\w.])", r"\1\2", "wrong-constant",
     "{old} where {new} belongs: a constant of the wrong sign"),
    ("R", r"(?<![\w.])2\.7[12]\d*(?![\w.])", "exp(1)", "wrong-constant", "e written as {old}"),
    ("Python", r"(?<![\w.])2\.7[12]\d*(?![\w.])", "np.e", "wrong-constant",
     "e written as {old}"),
    ("R", r"(?<![\w.])3\.14\d*", "pi", "wrong-constant", "pi written as {old}"),
    ("Python", r"(?<![\w.])3\.14\d*", "np.pi", "wrong-constant", "pi written as {old}"),
    (None, r"\b(\w+)\((\w+)\)\s*\*\s*\(1(?:\.0*)?\s*-\s*\1\(\2\)\)", r"\2 * (1 - \2)",
     "wrong-derivative",
     "the activation applied again inside its slope ({old} where {new} belongs)"),
    (None, r"\b(?:np\.)?tanh\(([^()]+)\)(?=\s*(?:\*\*|\^)\s*2)", r"\1", "wrong-derivative",
     "tanh applied again inside its slope ({old} where {new} belongs)"),
    (None, r"\s*/\s*(?:ncol|nrow|length|len)\(\w+\)", "", "mean-for-sum",
     "divided by the number of samples where the sum belongs"),
    (None, r"\s*/\s*(?:n|N|m|n_\w+|num_\w+)(?![\w(.\[$])", "", "mean-for-sum",
     "divided by the number of samples where the sum belongs"),
    ("Python", r"\s*/\s*\w+\.shape\[\d\]", "", "mean-for-sum",
     "divided by the number of samples where the sum belongs"),
    ("Python", r"(np\.(?:repeat|tile)\((?:[^()]|\([^()]*\))*\)\.reshape\((?:[^()]|\([^()]*\))*)"
     r"\border\s*=\s*[\"']F[\"']", r'\1order="C"', "recycling",
     "repeated values laid down the columns (order=\"F\", R's fill) where along the rows "
     "belongs: each copy in the wrong place"),
    ("Python", r"\border\s*=\s*[\"']F[\"']", 'order="C"', "transposed",
     "{old}: column-major where row-major belongs"),
    ("Python", r"(np\.(?:repeat|tile)\((?:[^()]|\([^()]*\))*\))\.reshape\((?![^()]*order)"
     r"((?:[^()]|\([^()]*\))*)\)", r'\1.reshape(\2, order="F")', "recycling",
     "repeated values reshaped row-major where R's column-major fill belongs"),
    ("Python", r"\.reshape\((?![^()]*order)((?:[^()]|\([^()]*\))*)\)",
     r'.reshape(\1, order="F")', "transposed",
     "reshaped row-major where R's column-major order belongs"),
    ("Python", r"\bnp\.full\(([^,()]+(?:\([^()]*\))?),\s*(-?\d+)\s*\)", r"np.full(\1, \2.0)",
     "integer-truncation", "{old}: an integer array where floats belong: values truncated"),
    ("Python", r"^(\s*[\w.\[\]]+\s*=\s*)\((.+\bfor\b.+\bin\b.+)\)\s*$", r"\1[\2]", None,
     "a generator, used up by its first reader, where a list belongs"),
    ("Python", r"^(\s*)([A-Za-z_]\w*) = \2 ([-+]) ", r"\1\2 \3= ", "not-written-back",
     "{old}... makes a new array: the one the caller holds is never updated in place"),
    ("R", r"(?<![\w.$])([A-Za-z_.][\w.]*)\s*\*\s*([A-Za-z_.][\w.]*)(?![\w(\[$])",
     r"\1 %o% \2", "recycling",
     "{old}: R recycles one along the other where the outer product {new} belongs"),
    # bh[rep(1, n)] where bh[rep(1, n), , drop = FALSE] belongs: the matrix indexed as a
    # vector, its first number repeated, where its first row repeated belongs
    ("R", r"(?<![\w.$])([A-Za-z.][\w.$]*)\[\s*(rep(?:_len)?\((?:[^()\[\]]|\([^()]*\))*\))\s*\]",
     r"\1[\2, , drop = FALSE]", "recycling",
     "{old} indexes the matrix as a vector (its first numbers, recycled) where its rows, "
     "{new}, belong"),
    ("R", r"\bcrossprod\(", "tcrossprod(", "transposed",
     "crossprod(A, B), t(A) %*% B, where tcrossprod(A, B), A %*% t(B), belongs"),
    ("R", r"\btcrossprod\(", "crossprod(", "transposed",
     "tcrossprod(A, B), A %*% t(B), where crossprod(A, B), t(A) %*% B, belongs"),
    ("Python", r"\bnp\.outer\((\w+), (\w+)\)", r"np.outer(\2, \1)", "transposed",
     "{old}: the arguments the other way round, the transpose"),
    ("R", r"\brev\(((?:[^()]|\([^()]*(?:\([^()]*\))?[^()]*\))*)\)", r"\1", "data-order",
     "the samples visited in reverse order"),
    ("R", r"\bsample\(((?:[^()]|\([^()]*\))*)\)", r"seq_len(\1)", "data-order",
     "the samples visited in a random order"),
    ("Python", r"\breversed\(((?:[^()]|\([^()]*(?:\([^()]*\))?[^()]*\))*)\)", r"\1",
     "data-order", "the samples visited in reverse order"),
    ("Python", r"\b(?:np\.random\.|rng\.)permutation\(((?:[^()]|\([^()]*\))*)\)",
     r"range(\1)", "data-order", "the samples visited in a random order"),
    ("Python", r",\s*dtype\s*=\s*(?:int|np\.int\d*)\b", "", "integer-truncation",
     "an integer array where floats belong: values truncated"),
    ("R", r"\binteger\(", "numeric(", "integer-truncation",
     "an integer vector where doubles belong: values truncated"),
    ("R", r"\b1 - (\w+)\^2\b", r"\1 * (1 - \1)", "wrong-derivative",
     "tanh's slope 1 - a^2 where the sigmoid's a * (1 - a) belongs"),
    ("Python", r"\b1 - ([\w.]+) ?\*\* ?2\b", r"\1 * (1 - \1)", "wrong-derivative",
     "tanh's slope 1 - a**2 where the sigmoid's a * (1 - a) belongs"),
    ("R", r"\b(\w+) \* \(1 - \1\)", r"(1 - \1^2)", "wrong-derivative",
     "the sigmoid's slope a * (1 - a) where tanh's 1 - a^2 belongs"),
    ("Python", r"\b(\w+) \* \(1 - \1\)", r"(1 - \1 ** 2)", "wrong-derivative",
     "the sigmoid's slope a * (1 - a) where tanh's 1 - a**2 belongs"),
]

# A numeric factor: "2 * x" or "x * 2" (not 1, not an index).
_FACTOR = (r"(?<![\w.\[])(?<!/ )(?<!/)(\d+(?:\.\d+)?)\s*\*(?!\*)\s*"
           r"|(?<!\*)\s*\*\s*(\d+(?:\.\d+)?)(?![\w.\]])")
# A division by a number (lam / 2 * w): the 2 divides, it is no factor of what follows.
_DIVISOR = r"\s*/\s*(\d+(?:\.\d+)?)(?![\w.\]])"
# The calls whose value is a sum over the samples, or may be one.
_SUMS = r"[\w.]*(?:sum|Sums|dot|prod|matmul|einsum)|drop|Reduce"
# An element's name: p$w1, p["w1"], p[["w1"]].
_KEY = re.compile(r"""\$(\w+)|\[\[?\s*["'](\w+)["']""")
_ASSIGN = re.compile(r"<<-|<-|->|(?<![=!<>])[-+*/@]?=(?!=)")


@dataclass
class Repair:
    """An edit of one port line after which one epoch of the port agrees."""
    file: str
    line: int
    text: str                 # the line as the port has it
    edited: str               # the line edited
    kind: str | None          # None: an edit no kind of the vocabulary names
    words: str

    @property
    def described(self):
        """The kind and the words, or the words alone for an edit of no kind."""
        return f"{self.kind}: {self.words}" if self.kind else self.words


def rhs_start(line, language):
    """The column where the line's right-hand side starts (0 when it assigns nothing)."""
    depth = 0
    for i, c in enumerate(line):
        depth += c in "([{"
        depth -= c in ")]}"
        if depth == 0:
            m = _ASSIGN.match(line, i)
            if m and (language == "R" or m.group() != "->"):
                return m.end()
        if c == "#":
            break
    return 0


def _code_end(line):
    """The column where the line's comment starts (its length when it has none)."""
    quote = None
    for i, c in enumerate(line):
        if quote:
            quote = None if c == quote else quote
        elif c in "'\"":
            quote = c
        elif c == "#":
            return i
    return len(line)


_SWAPS = [(lang, re.compile(pattern), *rest) for lang, pattern, *rest in _SWAPS]


def _each(line, start, end, pattern, replacement):
    """Yield (new line, old text, new text) for each match of pattern in line[start:end]."""
    for m in re.compile(pattern).finditer(line, start, end):
        new = m.expand(replacement)
        yield line[:m.start()] + new + line[m.end():], m.group().strip(), new.strip()


def _byrow(line, start, end):
    """Yield (edited line, kind, words) for each R matrix() call in line[start:end] filled
    the other way: byrow = TRUE added, or turned round. Of the numbers listed (c(w1, ...))
    the other layout is a transpose; of a vector recycled to fill it (a bias, rep(b, n)),
    each copy in the wrong place."""
    for a, k, args in _calls(line, start, end, "matrix"):
        opened = a + len("matrix(")
        data = re.match(r"\s*([\w.]+)\s*(?:,|$)", args)
        # a matrix shaped by its own sizes, matrix(X, nrow = ncol(X)), is refilled whole:
        # the other layout is its transpose, not a vector recycled
        # (matrix(b, nrow(X), ncol(b)), a size of another's among them, recycles b)
        sizes = [p for p in _arguments(args)[1:] if not re.match(r"\s*byrow\s*=", p)]
        reshaped = data is not None and re.search(
            rf"\b(?:nrow|ncol|dim|NROW|NCOL)\(\s*{re.escape(data.group(1))}\s*\)", args) \
            and not any(re.search(r"\b(?:nrow|ncol|dim|NROW|NCOL|length)\(\s*(?!"
                                  rf"{re.escape(data.group(1))}\s*\))", p) for p in sizes)
        kind = "transposed" if args.lstrip().startswith("c(") or reshaped else "recycling"
        flag = re.search(r"\bbyrow\s*=\s*(TRUE|T|FALSE|F)\b", args)
        by_rows = flag is not None and flag.group(1) in ("TRUE", "T")
        if flag is None:
            new = args + ", byrow = TRUE"
        else:
            new = args[:flag.start(1)] + ("FALSE" if by_rows else "TRUE") + args[flag.end(1):]
        done, due = ("by rows", "down its columns") if by_rows else \
            ("down its columns", "by rows")
        words = (f"matrix({data.group(1)}, ...) refills {data.group(1)} {done} where its "
                 f"transpose, t({data.group(1)}), belongs" if reshaped and not by_rows else
                 f"matrix() filled {done} where {due} belongs" if kind == "transposed" else
                 f"matrix() recycles the vector {done} where {due} belongs")
        yield line[:opened] + new + line[k - 1:], kind, words
        if len(_arguments(args)) >= 3 and not re.search(r"(?<![\w.$])t\(\s*$", line[:a]):
            # matrix(b, h, n) where its transpose, n x h, belongs
            yield line[:a] + "t(" + line[a:k] + ")" + line[k:], "transposed", \
                f"{line[a:k]} laid out the other way round: its transpose belongs"


def _neighbours(line, k, args, how):
    """Yield (edited line, kind, words) for each two neighbouring arguments of the call
    whose argument list `args` ends at line[k - 1] exchanged, each keeping the spacing of
    the place it moves to: wrong-operand, the two `how` ("passed", "listed") the other way
    round."""
    parts = _arguments(args)
    opened = k - 1 - len(args)
    for i in range(len(parts) - 1):
        turned = [*parts[:i], parts[i + 1], parts[i], *parts[i + 2:]]
        turned = [t.strip().join((p[:len(p) - len(p.lstrip())], p[len(p.rstrip()):]))
                  for t, p in zip(turned, parts)]
        yield (line[:opened] + ",".join(turned) + line[k - 1:], "wrong-operand",
               f"{parts[i].strip()} and {parts[i + 1].strip()} {how} the other way round")


def _calls(line, start, end, names):
    """Yield (start, end of its argument list, the argument list) for each call of one of
    `names` (regex alternatives) in line[start:end]."""
    for m in re.finditer(rf"(?<![\w.$])(?:{names})\(", line[:end]):
        if m.start() < start:
            continue
        depth, k = 1, m.end()
        while k < end and depth:
            depth += {"(": 1, ")": -1}.get(line[k], 0)
            k += 1
        if not depth:
            yield m.start(), k, line[m.end():k - 1]


def _turned(line, start, end):
    """Yield (edited line, kind, words): the two arguments of outer(), crossprod() or
    tcrossprod() the other way round, whatever they are (outer(c(b), ones) where
    outer(ones, c(b)) belongs), and Map()'s or mapply()'s last two lists (Map(function(w, d)
    w + lr * d, g, p) where Map(..., p, g) belongs)."""
    for a, b, args in _calls(line, start, end, "outer|crossprod|tcrossprod"):
        parts = _arguments(args)
        if len(parts) == 2 and not any(re.match(r"\s*[\w.]+\s*=(?!=)", q) for q in parts):
            x, y = parts[0].strip(), parts[1].strip()
            yield (line[:b - len(args) - 1] + f"{y}, {x}" + line[b - 1:], "transposed",
                   f"{line[a:b - len(args) - 1]}{x}, {y}): the arguments the other way "
                   "round, the transpose")
            name = line[a:b - len(args) - 1].rstrip("( ")
            if name != "outer":
                # crossprod(X, W), t(X) %*% W, where X %*% W belongs (numpy's dot read as a
                # cross product): the transpose it takes too many
                wrap = [f"({q})" if re.search(r"[-+*/%<>=!&|^:]", q) else q for q in (x, y)]
                taken = f"t({x}) %*% {y}" if name == "crossprod" else f"{x} %*% t({y})"
                yield (line[:a] + f"{wrap[0]} %*% {wrap[1]}" + line[b:], "transposed",
                       f"{name}({x}, {y}), {taken}, where {x} %*% {y} belongs: a transpose "
                       "too many")
    for a, b, args in _calls(line, start, end, "Map|mapply"):
        parts = _arguments(args)
        if len(parts) < 3 or any(re.match(r"\s*[\w.]+\s*=(?!=)", q) for q in parts):
            continue
        x, y = parts[-2].strip(), parts[-1].strip()
        new = ",".join([*parts[:-2], f" {y}", f" {x}"])
        yield (line[:a] + line[a:b - len(args) - 1] + new + ")" + line[b:],
               "wrong-operand", f"{x} and {y} given the function the other way round")

# the calls whose value is a plain vector, which R recycles down a matrix's columns
_VECTOR = r"c|drop|as\.vector|as\.numeric|colSums|rowSums|colMeans|rowMeans"
# what ends an operand scanned leftwards, at depth 0, by the operator's precedence
_LOWER = {"+": r"[,=<>!&|~{;]", "*": r"[,=<>!&|~{;+-]"}


def _left_operand(line, i, lowest, start):
    """The column where the left operand of the binary operator at line[i] starts (not
    before start)."""
    depth, k = 0, i
    while k > start:
        c = line[k - 1]
        if c in ")]}":
            depth += 1
        elif c in "([{":
            if depth == 0:
                break
            depth -= 1
        elif depth == 0 and re.match(_LOWER[lowest], c):
            # a unary minus (after an operator or at the start) belongs to the operand
            # and so does an exponent's sign (1e-5)
            if c in "+-" and (not re.search(r"[\w.)\]]\s*$", line[:k - 1])
                              or re.search(r"(?<![\w.])\d[\d.]*[eE]$", line[:k - 1])):
                k -= 1
                continue
            break
        k -= 1
    while k < i and line[k] == " ":
        k += 1
    return k


def _recycled(line, start, end):
    """Yield (edited line, kind, words): R's L op v, which recycles the vector v down L's
    columns, as t(t(L) op v), numpy's broadcast along its rows."""
    for m in re.finditer(r"(?<=[\w.)\]\s])(?<!\d[eE])\s*([-+*/])(?![%*/>])\s*", line[:end]):
        op, j = m.group(1), m.end()
        if m.start() < start or line[m.start() - 1:m.start()] == "%" \
                or not re.search(r"[\w.)\]]\s*$", line[:m.start()]):
            continue    # (not a binary operator: %*%, a unary minus)
        # a vector call, or a product in parentheses (A * (e * o), numpy's broadcast of
        # the n deltas along each row of the h x n A)
        v = re.match(rf"(?:{_VECTOR})\(", line[j:end]) or (
            re.match(r"\((?=[^()]*[^%]\*[^%])", line[j:end]) if op in "*/" else None)
        if v:
            depth, k = 1, j + v.end()
            while k < end and depth:
                depth += {"(": 1, ")": -1}.get(line[k], 0)
                k += 1
            if depth:
                continue
        else:
            v = re.match(r"[A-Za-z.][\w.]*(?:\$[\w.]+)*(?![\w.$(\[])", line[j:end])
            if not v:
                continue
            k = j + v.end()
        if op in "+-" and v.group().endswith("("):
            # the vector scaled (colSums(d) * lr): the scaled vector is the operand
            while True:
                scaled = re.match(r"\s*[*/]\s*(?:[A-Za-z.][\w.]*|\d+(?:\.\d+)?)(?![\w.$(\[])",
                                  line[k:end])
                if not scaled:
                    break
                k += scaled.end()
        after = line[k:end].lstrip()[:1]
        if after and (after in "^%$[@" or op in "+-" and after in "*/"):
            continue
        a = _left_operand(line, m.start(), "+" if op in "+-" else "*", start)
        left = line[a:m.start()].rstrip()
        if not left or re.fullmatch(r"-?\d[\d.]*(?:[eE][-+]?\d+)?", left):
            continue        # (a number recycles nothing)
        if not v.group().endswith("(") and not (
                op in "+-" and not line[start:a].strip() and not line[k:end].strip()
                and re.fullmatch(r"[A-Za-z.][\w.]*|.*(?:%\*%|\bt?crossprod\().*", left)):
            continue        # (a name is taken for a vector only where it is added to a
            #                  product or a name, the whole right-hand side)
        vec = line[j:k]
        yield (line[:a] + f"t(t({left}) {op} {vec})" + line[k:], "recycling",
               f"{vec} recycled down the columns of {left}, where it belongs to every row")


def _arguments(args):
    """The arguments of an argument list, split at its commas at depth 0."""
    parts, depth, last = [], 0, 0
    for i, c in enumerate(args):
        depth += c in "([{"
        depth -= c in ")]}"
        if c == "," and depth == 0:
            parts.append(args[last:i])
            last = i + 1
    return parts + [args[last:]]


def _first_argument(args):
    """The first argument of an argument list (up to its first comma at depth 0)."""
    depth = 0
    for i, c in enumerate(args):
        depth += c in "([{"
        depth -= c in ")]}"
        if c == "," and depth == 0:
            return args[:i]
    return args


def _unrounded(line, start, end, language):
    """Yield (edited line, kind, words): a rounding or a truncation of a value undone
    (round(x, 4) as x, float(str(x)[:5]) as x, float(f"{x:.6f}") as x, as.integer(x) as
    x)."""
    rounding = r"round|signif|np\.round|np\.around|format|formatC|sprintf|as\.numeric" \
        if language == "R" else r"round|np\.round|np\.around|float"
    truncation = r"as\.integer|trunc|floor" if language == "R" else \
        r"int|np\.trunc|np\.floor|math\.floor|math\.trunc"
    for names, kind, words in ((rounding, "rounding", "the value rounded"),
                               (truncation, "integer-truncation", "the value truncated")):
        for a, b, args in _calls(line, start, end, names):
            inner = _first_argument(args).strip()
            m = re.fullmatch(r"str\((.*)\)\[:\d+\]", inner) \
                or re.fullmatch(r"""f(["'])\{(.*):\.?\d*[fgeE]\}\1""", inner)
            if m:
                # float(str(x)[:5]), float(f"{x:.6f}"): x
                inner = m.group(m.lastindex)
            elif line[a:].startswith(("float(", "as.numeric(")):
                continue                     # float(x) alone rounds nothing
            if inner.startswith(("sprintf(", "format(")):
                continue
            yield line[:a] + inner + line[b:], kind, f"{words}: {line[a:b]} where {inner} belongs"


def _signs(line, language):
    """Yield (edited line, words): an update's sign turned round (x -= d as x += d,
    x <- x - d as x <- x + d)."""
    m = re.match(r"(\s*[^=<#]+?\s*(?:<-|=)\s*)-\s*(?=[\w(])", line)
    if m and not re.match(r"\s*\w+\s*[-+]=", line):
        yield line[:m.end(1)] + line[m.end():], "a minus sign where the reference has none"
    m = re.match(r"(\s*[^=<#]+?\s*)([-+])=(?!=)", line)
    if m and language == "Python":
        other = "+" if m.group(2) == "-" else "-"
        yield line[:m.start(2)] + other + line[m.end(2):], \
            f"{m.group(2)}= where {other}= belongs: the update's sign reversed"
    m = re.match(r"(\s*)(.+?)\s*(<<-|<-|=)\s*(.+?)\s*([-+])\s", line)
    update = m is not None and m.group(2).strip() == m.group(4).strip()
    if update:
        other = "+" if m.group(5) == "-" else "-"
        target = m.group(2).strip()
        yield line[:m.start(5)] + other + line[m.end(5):], \
            f"{target} {m.group(5)} ... where {target} {other} ... belongs: the update's " \
            "sign reversed"
    # a term of the right-hand side added where it is subtracted, or the reverse (the
    # operators outside any parentheses, after the first term)
    start, end, depth = rhs_start(line, language), _code_end(line), 0
    for i in range(start, end):
        c = line[i]
        depth += c in "([{"
        depth -= c in ")]}"
        before, after = line[start:i].rstrip()[-1:], line[i + 1:end].lstrip()[:1]
        binary = before and (before.isalnum() or before in "_.)]") and after \
            and (after.isalnum() or after in "_.(") and line[i + 1:i + 2] != ">" \
            and not re.search(r"(?<![\w.])\d+\.?\d*[eE]$", line[:i])    # (not 1e-5)
        if depth == 0 and c in "+-" and binary and not (update and i == m.start(5)):
            other = "+" if c == "-" else "-"
            term = re.split(r"\s[-+]\s", line[i + 2:end].strip())[0]
            yield line[:i] + other + line[i + 1:], \
                f"{c} {term} where {other} {term} belongs: the term's sign reversed"
    # and a term added to or taken from a number, wherever it is (1/(1-exp(-x)) where
    # 1/(1+exp(-x)) belongs, x*(1+x) for x*(1-x))
    for m in re.finditer(r"(?<![\w.])(\d+(?:\.\d+)?)(\s*)([-+])(?=\s*[\w(.])", line[:end]):
        if m.start() < start or (m.group(2) == " " and line[m.end():m.end() + 1] == " "
                                 and _depth(line, m.start()) == 0):
            continue    # (a term at depth 0, spaced: above)
        c = m.group(3)
        other = "+" if c == "-" else "-"
        yield line[:m.start(3)] + other + line[m.end(3):], \
            f"{m.group(1)} {c} ... where {m.group(1)} {other} ... belongs: the sign reversed"


def _depth(line, k):
    """The depth of parentheses and brackets at line[k]."""
    return sum((c in "([{") - (c in ")]}") for c in line[:k])


def _written_back(line, language, nested=False):
    """Yield (edited line, words) writing an update back where it goes elsewhere: a new name
    (b_next = b - ..., b3 <- p$b3 - ...) or nowhere (np.subtract(b, ...) alone)."""
    arrow = "<-" if language == "R" else "="
    element = r"\w+\$\w+|\w+\[\[?[\"']\w+[\"']\]\]?|[\w.]+"
    m = re.match(rf"(\s*)(\w+)\s*(?:<-|=)\s*({element})(\s*[-+])", line)
    if m and m.group(2) != m.group(3):
        yield (f"{m.group(1)}{m.group(3)} {arrow} {m.group(3)}{line[m.end(3):]}",
               f"the update goes to {m.group(2)}, and {m.group(3)} is never written back")
    m = re.match(r"(\s*)([\w.]+)\s*<-(\s*)\2(\s*[-+])(?!\s*\d+\s*(#|$))", line) \
        if language == "R" and nested else None
    if m:
        # in a closure, <- makes a variable of its own frame where <<- writes the one it sees
        # (of a line run inside a function train() calls; not a counter, i <- i + 1: written
        # elsewhere, a loop on it would never end)
        yield (f"{m.group(1)}{m.group(2)} <<-{line[m.end(2):].split('<-', 1)[1]}",
               f"{m.group(2)} assigned with <- in the function's own frame, where <<- "
               "writes it back")
    m = re.match(rf"(\s*)(np\.(?:subtract|add)\(({element}),)", line)
    if m:
        yield (f"{m.group(1)}{m.group(3)} = {line[len(m.group(1)):]}",
               f"the update of {m.group(3)} is computed and dropped")


# A call whose argument is a count or a size: what a rate can only stand for by truncation.
# A helper's name that says it is a slope (derivatives_sigmoid, sigmoid_grad, dsigmoid).
_SLOPE_NAME = re.compile(r"deriv|grad|prime|slope|^d_?(?:sig|tanh|relu|logis|act)|_d$", re.I)

_SIZED = re.compile(r"(?<![\w.$])(?:numeric|integer|double|character|logical|vector|seq_len|"
                    r"rep_len|np\.zeros|np\.empty|np\.ones|range)\(\s*$")


def edits(line, language, hyper=(), operands=(), related=(), keys=(), counts=(),
          own=True, epochs=None, rates=(), passed=(), nested=False, activations=None,
          helpers=(), packers=(), defaults=None):
    """Yield (edited line, kind, words) for one line of a port: the vocabulary's edits, the
    removal of a numeric factor or of a hyperparameter's (hyper: the names of train()'s
    scalar arguments), and the exchange of one operand for another the reference's
    statement reads (operands: (port name, name it may stand for) pairs; related: the pairs
    that are an activation and its pre-activation), or of an element's name for another's
    one character away (keys: the element names the port uses, p["w1"] or p$w1), and a
    call's value divided by the number of samples (counts: the port's names holding it).
    own: the line is the reported statement's (an update's sign is turned round there
    only); epochs: the name of the epochs (a loop's bound one off); rates: the names of the
    learning rates among hyper; passed: the port's own names of the hyperparameters, one of
    which a call may be given where another belongs; nested: the line ran inside a function
    train() calls, not in train() itself; activations: {name: "sigmoid" or "tanh"} of the
    port's activations, whose slope a delta may have left out; helpers: the functions the
    port defines, one of which a call may name where another belongs; packers: those of
    them that string their arguments together (c(w, b), np.concatenate([w, b])), whose
    arguments' order is their layout; defaults: {helper: (its parameters, those with a
    default)}, whose call may leave a hyperparameter to the default."""
    for new, words in _written_back(line, language, nested):
        yield new, "not-written-back", words
    start, end = rhs_start(line, language), _code_end(line)
    if start >= end:
        return
    for f, (params, defaulted) in (defaults or {}).items():
        # move(w, g) where move(w, g, lr) belongs: the helper's default rate in lr's place
        # (an R6 or reference class's initialize() is called as Class$new(...), a Python
        # class's __init__() as Class(...))
        called = r"[A-Za-z.][\w.]*\$new" if f == "initialize" and language == "R" else \
            r"[A-Z]\w*" if f == "__init__" else re.escape(f)
        for a, k, args in _calls(line, start, end, called):
            given = [q for q in _arguments(args) if q.strip()]
            if len(given) >= len(params) or any(re.match(r"\s*[\w.]+\s*=(?!=)", q)
                                                 for q in given):
                continue
            for h in (*passed, *hyper):
                if params[len(given)] == h:
                    break   # (its own lr = 0.1 shadows train()'s: its header is to blame)
                if not re.search(rf"(?<![\w.$]){re.escape(h)}(?![\w.])", args):
                    yield (line[:k - 1] + f", {h}" + line[k - 1:], "ignores-hyper",
                           f"{f}() called without {h}: its default "
                           f"{params[len(given)]} stands for it")
                    break
    for a, k, args in _calls(line, start, end, "list|c") if language == "R" else ():
        # list(D2, D1) where list(D1, D2) belongs: the elements, names each, in the other
        # order (each of them a value the other positions may take)
        parts = _arguments(args)
        if len(parts) < 2 or not all(re.fullmatch(r"\s*[A-Za-z.][\w.]*\s*", q) for q in parts) \
                or re.search(r"\b(?:matrix|array)\(\s*$", line[:a]):
            continue    # (the numbers of a matrix laid out the other way: byrow's, above)
        yield from _neighbours(line, k, args, "listed")
    for a, k, args in _calls(line, start, end, "|".join(map(re.escape, packers))) \
            if packers else ():
        # two arguments of a helper that strings its arguments together the other way
        # round (pack(W, db, dW) for pack(W, dW, db)): the neighbours exchanged
        parts = _arguments(args)
        if any(re.match(r"\s*[\w.]+\s*=(?!=)", q) for q in parts):
            continue
        yield from _neighbours(line, k, args, "passed")
    for f in helpers:
        # sigmoid_grad(z) where sigmoid(z) belongs: a name completed one helper too far
        for m in re.finditer(rf"(?<![\w.$]){re.escape(f)}(?=\s*\()", line[:end]):
            for g in (g for g in helpers if g != f and m.start() >= start):
                # (an activation where its slope belongs: a wrong derivative; the slope
                # where the activation belongs is no derivative's mistake)
                slope = [bool(_SLOPE_NAME.search(h)) for h in (f, g)]
                yield line[:m.start()] + g + line[m.end():], \
                    "wrong-derivative" if slope == [False, True] else None, \
                    f"{f}() called where {g}() belongs"
    lang, alias, copy, kind, words = _SWAPS[0]
    if language == lang:
        # a second name made for an array (d_out = E): its copy, the least change, before
        # the slope that line may have left out (a later np.multiply(..., out=d_out)
        # writes into E either way); _SWAPS yields it again below, which search() skips
        for new, old, rep in _each(line, 0, end, alias, copy):
            yield new, kind, words.format(old=old, new=rep)
    yield from _slope_added(line, start, end, language, activations or {})
    rhs = line[start:end].strip()
    taken = re.fullmatch(r"(?:np\.(?:asarray|array)|as\.matrix|data\.matrix)\(\s*([\w.]+)"
                         r"\s*(?:,[^()]*)?\)", rhs)
    target = re.match(r"\s*([\w.]+)\s*(?:<-|=)", line)
    if taken and target and target.group(1) != taken.group(1):
        # an argument taken under a name of its own as it is given, where its transpose
        # belongs (Y = np.asarray(y) for y.T: the samples as columns)
        turned = f"{rhs}.T" if language == "Python" else f"t({rhs})"
        yield line[:start] + line[start:end].replace(rhs, turned, 1) + line[end:], \
            "transposed", f"{rhs} where its transpose, {turned}, belongs"
        # or kept a column where a flat vector belongs (t = np.asarray(y) for .ravel():
        # the column and a vector broadcast into a matrix)
        flat = f"{rhs}.ravel()" if language == "Python" else f"drop({rhs})"
        yield line[:start] + line[start:end].replace(rhs, flat, 1) + line[end:], \
            "recycling", f"{rhs} kept as a column where a flat vector, {flat}, belongs"
    yield from _slope_swapped(line, start, end, language, activations or {})
    # a value written under its input's name, a digit too many (hidden_layer_input1[, j]
    # <- hidden_layer_input[, j] + b): the name it goes on with never gets it
    target = re.match(r"(\s*)([A-Za-z_.][\w.]*?)(\d+)(?=\s*(?:\[[^\]]*\])?\s*(?:<-|=(?!=)))",
                      line)
    if target and re.search(rf"(?<![\w.$]){re.escape(target.group(2))}(?![\w(])",
                            line[start:end]):
        yield line[:target.start(3)] + line[target.end(3):], "not-written-back", \
            (f"the value written into {target.group(2)}{target.group(3)}, where "
             f"{target.group(2)}, which the port goes on with, belongs")
    if own:
        # (of the statement reported alone: turned round, any update undoes the sign of
        # whatever it was computed from, downstream of the bug)
        for new, words in _signs(line, language):
            yield new, "sign", words
        # a list's element given another element's field (bout = nn$bh, a line copied
        # from the one before), where the field of its own name belongs
        entry = r"(?<![\w.$])([A-Za-z.][\w.]*)(\s*=\s*[A-Za-z.][\w.]*[$@])([A-Za-z.][\w.]*)" \
            if language == "R" else \
            r"""(?:(?<![\w.])([A-Za-z_]\w*)(\s*=\s*)|["']([A-Za-z_]\w*)["'](\s*:\s*))""" \
            r"""(?:[A-Za-z_][\w.]*\.)([A-Za-z_]\w*)(?![\w(\[])"""
        found = [m for m in re.finditer(entry, line[:end]) if m.start() >= start]
        listed = {m.group(1) or (m.group(3) if language == "Python" else None) for m in found}
        for m in found:
            key = m.group(1) or (m.group(3) if language == "Python" else None)
            field = m.group(3) if language == "R" else m.group(5)
            at = m.start(3) if language == "R" else m.start(5)
            if key and key != field and field in listed:
                # (the field another element is given under its own name)
                yield line[:at] + key + line[at + len(field):], "wrong-operand", \
                    f"{key} given the field {field} where the field {key} belongs"
        # one of the object's fields where another belongs (t(self$wh) for t(self$wout):
        # the field above copied), of the fields the port names
        for m in re.finditer(r"\bself\$([A-Za-z.][\w.]*)", line[:end]) if language == "R" \
                else ():
            if m.start() >= start:
                for key in sorted((k for k in keys if k != m.group(1)),
                                  key=lambda k: (k[0] != m.group(1)[0], k))[:8]:
                    yield line[:m.start(1)] + key + line[m.end(1):], "wrong-operand", \
                        f"{m.group()} where self${key} belongs"
        # an object's field, as the last pass left it, where the value of its name this
        # pass computed belongs (self$h %*% w, h computed two lines above)
        field = r"\bself\$([A-Za-z.][\w.]*)" if language == "R" else \
            r"\bself\.([A-Za-z_]\w*)(?![\w(])"
        for m in re.finditer(field, line[:end]):
            if m.start() >= start:
                yield line[:m.start()] + m.group(1) + line[m.end():], "stale-value", \
                    f"{m.group()}, the field as an earlier pass left it, where {m.group(1)}, " \
                    "the value computed in this one, belongs"
    if language == "R":
        yield from _byrow(line, start, end)
        for a, k, _ in _calls(line, start, end, "replicate|sapply|vapply|mapply|simplify2array"):
            # one result per column, where one per row (numpy's stack of rows) belongs
            if not re.search(r"(?<![\w.$])t\(\s*$", line[:a]):
                name = line[a:line.index("(", a)]
                yield line[:a] + "t(" + line[a:k] + ")" + line[k:], "transposed", \
                    f"{name}() lays one result per column, where its transpose belongs"
        m = re.fullmatch(r"(\s*)(t\(.*\)\s*[-+*/]\s*\S.*?)(\s*)", line[start:end])
        if m and not re.search(r"<-|(?<![=!<>])=(?!=)", m.group(2)):
            # the transpose trick half done: t(Z) + c(b), where t(t(Z) + c(b)) belongs (R
            # recycles b down the columns of t(Z), and the result must be turned back)
            yield (line[:start] + f"{m.group(1)}t({m.group(2)}){m.group(3)}" + line[end:],
                   "transposed", f"{m.group(2)} where its transpose, t({m.group(2)}), "
                   "belongs: the transpose trick's outer t() left out")
        yield from _turned(line, start, end)
        # (a one-line function's body: after its header)
        header = re.match(r"\s*function\s*\([^()]*\)", line[start:end])
        body = start + (header.end() if header else 0)
        yield from _recycled(line, body, end)
    yield from _unrounded(line, start, end, language)
    for count in counts:
        # a size of another axis or array (rep(1, ncol(wh))) where the number of samples
        # belongs
        sized = r"(?<![\w.$])(?:nrow|ncol|NROW|NCOL|length)\([^()]*\)" if language == "R" \
            else r"(?<![\w.])(?:len\([^()]*\)|[A-Za-z_][\w.]*\.shape\[\s*-?\d\s*\])"
        for m in re.finditer(sized, line[:end]):
            if m.start() >= start and m.group() != count:
                yield line[:m.start()] + count + line[m.end():], "wrong-axis", \
                    f"{m.group()} where the number of samples, {count}, belongs"
    for count in counts:
        # a sum where the reference's mean belongs: the count divides a call's value
        for a, b, _ in _calls(line, start, end, _SUMS):
            if not line[b:b + 1] in ("[", "."):
                yield line[:b] + f" / {count}" + line[b:], "sum-for-mean", \
                    f"a sum where a mean belongs: {line[a:b]} not divided by {count}"
    if own and counts and rates:
        # an update's step summed over the samples, the mean's division left out (w + lr *
        # delta, where w + lr * delta / n belongs): the name the rate scales, divided
        rate = "|".join(map(re.escape, rates))
        name = r"[A-Za-z_.][\w.$]*"
        for m in re.finditer(rf"(?<![\w.$])(?:(?:{rate})\s*\*\s*({name})|({name})\s*\*\s*"
                             rf"(?:{rate}))(?![\w.$(\[])", line[:end]):
            k = 1 if m.group(1) else 2
            if m.start() < start or re.match(r"\s*/", line[m.end():]):
                continue
            for count in counts:
                yield line[:m.end(k)] + f" / {count}" + line[m.end(k):], "sum-for-mean", \
                    f"a sum where a mean belongs: {m.group(k)} not divided by {count}"
    for lang, pattern, replacement, kind, words in _SWAPS:
        if words.startswith("the loop run") and epochs \
                and re.search(rf"(?<![\w.$]){re.escape(epochs)}(?![\w.])", line):
            continue    # (the epochs' loop: one epoch is traced, whatever its order)
        if lang in (None, language):
            begin = 0 if pattern.pattern.startswith("^") else start
            found = list(_each(line, begin, end, pattern, replacement))
            for (new, old, rep), m in zip(found, pattern.finditer(line, begin, end)):
                scaled = re.search(r"([A-Za-z_][\w.]*)\s*$", line[:m.start()])
                if kind == "mean-for-sum" and scaled and scaled.group(1) in hyper:
                    # lam / n: the hyperparameter, not a sum, divided by the samples
                    yield new, "hyper-misused", (f"{scaled.group(1)} divided by the number "
                                                 "of samples where it is not")
                    continue
                if kind == "wrong-axis" and re.match(r"n(?:row|col) where", words) and \
                        re.search(r"\brep(?:_len)?\((?:[^()]|\([^()]*\))*$", line[:m.start()]):
                    # rep(b, each = ncol(z)) where each = nrow(z) belongs: repeated by the
                    # other axis's count, the values recycled along the other dimension
                    yield new, "recycling", words.format(old=old, new=rep) + \
                        ": rep() repeats by the other axis's count, and R recycles the " \
                        "values along the wrong dimension"
                    continue
                if words.startswith("the loop run") and _SAMPLES.search(line[:end]):
                    # a loop over the samples (seq_len(nrow(data)), range(len(X))): the
                    # samples visited in the other order
                    yield new, "data-order", words.replace("the loop", "the samples' loop")
                    continue
                if kind is None and words.endswith("a count one off") \
                        and re.search(r"/\s*\([^()]*$", line[:m.start()]):
                    # (inside a denominator: divided by a count one off)
                    yield new, "wrong-constant", words.format(old=old, new=rep).replace(
                        "a count one off", "divided by a count one off")
                    continue
                yield new, kind, words.format(old=old, new=rep)
            if len(found) > 1:
                # the same slip made throughout the line (data[i - 1], y[i - 1])
                yield pattern.sub(lambda m: m.expand(replacement), line[begin:end]).join(
                    (line[:begin], line[end:])), kind, \
                    words.format(old=found[0][1], new=found[0][2]) + f", {len(found)} times"
    for m in re.finditer(r"""\beinsum\(\s*(['"])([a-z,]+)(->[a-z]*)?\1""", line[:end]):
        # an operand's two subscripts the other way round ("oh,ro" for "ho,ro")
        terms = m.group(2).split(",")
        for k, term in enumerate(terms):
            if len(term) == 2 and term[0] != term[1]:
                spec = ",".join(terms[:k] + [term[::-1]] + terms[k + 1:]) + (m.group(3) or "")
                yield (line[:m.start(2)] + spec + line[m.end(3) if m.group(3) else m.end(2):],
                       "transposed", f"the subscripts {term} where {term[::-1]} belong: an "
                       "operand the other way round")
    for new, old, _ in _each(line, start, end, _FACTOR, ""):
        factor = old.strip("* ")
        if float(factor) not in (0.0, 1.0):
            yield new, "wrong-constant", f"a factor {factor} the reference does not have"
    for new, old, _ in _each(line, start, end, _DIVISOR, ""):
        divisor = old.strip("/ ")
        if float(divisor) not in (0.0, 1.0):
            yield new, "wrong-constant", f"a division by {divisor} the reference does not have"
    for m in re.finditer(r"(?<![\w.])0\.(\d+)(?![\w.])", line[start:end]):
        # a constant's decimal point one place off (0.05 typed where 0.5 belongs)
        digits, at = m.group(1), start + m.start()
        for new_number in (f"{float('0.' + digits) * 10:.12g}", f"0.0{digits}"):
            yield (line[:at] + new_number + line[start + m.end():], "wrong-constant",
                   f"{m.group(0)} where {new_number} belongs: a constant's decimal point "
                   "one place off")
    for m in re.finditer(r"(?<![\w.\[])(-?)(\d+(?:\.\d+)?)(?=\s*\*)", line[:end]):
        # a factor's sign: 2 * where -2 * belongs, or the reverse (of the statement alone:
        # elsewhere it would undo any sign above it)
        if own and m.start() >= start and float(m.group(2)) != 0:
            other = "" if m.group(1) else "-"
            yield line[:m.start()] + other + m.group(2) + line[m.end():], "sign", \
                f"{m.group()} where {other}{m.group(2)} belongs: the sign reversed"
    rhs = line[start:end].strip()
    target = re.match(r"\s*([\w.$]+)", line)
    if rhs and start > 0 and own and not (
            target and re.search(rf"(?<![\w.$]){re.escape(target.group(1))}(?![\w(])", rhs)):
        # a factor 2 the reference has (a squared error's) left out; not 1/2, which a sum
        # over two samples fakes
        head = line[:start] + (" " if not line[:start].endswith(" ") else "")
        gap = line[start:end][len(line[start:end].rstrip()):]
        yield f"{head}2 * ({rhs}){gap}{line[end:]}", "wrong-constant", "a factor 2 left out"
    for new, words in _dropped(line, start, language) if own else ():
        yield new, None, words
    if epochs:
        # a loop over the epochs that stops one late or one early
        e = re.escape(epochs)
        for pattern, replacement in ((r"<=(?=\s*" + e + r"\b)", "<"),
                                     (r"<(?![=-])(?=\s*" + e + r"\b)", "<=")):
            for new, old, rep in _each(line, 0, end, pattern, replacement):
                yield new, "epochs-off-by-one", \
                    f"{old} {epochs} where {rep} {epochs} belongs: one epoch off"
    for name in hyper:
        # a hyperparameter as an exponent where a factor belongs (** lr, ^ lr for * lr)
        power = r"\*\*" if language == "Python" else r"\^"
        for new, old, _ in _each(line, start, end, rf"\s*{power}\s*{re.escape(name)}(?![\w.])",
                                 f" * {name}"):
            yield new, "hyper-misused", f"{name} as an exponent ({old}) where a factor belongs"
    for name in hyper:
        # a factor 1/2 left out (lambda where lambda / 2 belongs), not of a learning rate
        alone = rf"(?<![\w.$]){re.escape(name)}(?![\w(.\[])(?!\s*/)"
        for new, _, _ in _each(line, start, end, alone, rf"{name} / 2") \
                if name not in rates[:1] else ():
            yield new, "wrong-constant", f"{name} where {name} / 2 belongs"
        # a hyperparameter without the rate it is scaled by ((1 - lam) for (1 - lr * lam))
        for rate in rates:
            if rate != name:
                for new, _, _ in _each(line, start, end,
                                       rf"(?<![\w.$*] )(?<![\w.$*]){re.escape(name)}(?![\w(.\[])",
                                       rf"{rate} * {name}"):
                    yield new, "hyper-misused", f"{name} where {rate} * {name} belongs"
    for name in hyper:
        h = re.escape(name)
        for pattern in (rf"(?<![\w.$]){h}\s*\*\s*", rf"\s*\*\s*{h}(?![\w.(])"):
            for new, _, _ in _each(line, start, end, pattern, ""):
                yield new, "hyper-misused", f"{name} applied here too: {name} twice"
        # (1 - lr) * w + lr * g where w + lr * g belongs: the rate as an interpolation's
        # weight, the old value shrunk by it too
        for pattern in (rf"\(\s*1\s*-\s*{h}\s*\)\s*\*\s*", rf"\s*\*\s*\(\s*1\s*-\s*{h}\s*\)"):
            for new, old, _ in _each(line, start, end, pattern, ""):
                yield new, "hyper-misused", \
                    f"{old.strip(' *')} weighs the old value: {name} as an interpolation's " \
                    "weight, where the step alone belongs"
    if not re.match(r"\s*def\b|.*\bfunction\s*\(", line):
        # a hyperparameter given to a call's argument of another name as well (alpha=lr:
        # an L2 penalty of the learning rate), the argument left out
        for name in hyper:
            for m in re.finditer(rf"(\s*,\s*|(?<=\()\s*)([A-Za-z_.][\w.]*)\s*=(?!=)\s*"
                                 rf"{re.escape(name)}(?![\w.(\[])\s*(,\s*)?", line[:end]):
                if m.start() < start or m.group(2) in (name, *passed):
                    continue
                keep = ", " if m.group(1).strip() and m.group(3) else ""
                yield line[:m.start()] + keep + line[m.end():], "hyper-misused", \
                    f"{m.group(2)}={name}: {name} given as {m.group(2)} too"
        # one hyperparameter passed where another belongs (grad(w, lr) for grad(w, lambda)),
        # of the port's own names of them; not in a function's own header
        for name in passed:
            for other in passed:
                if other != name:
                    for new, _, _ in _each(line, start, end,
                                           rf"(?<=[(,])(\s*){re.escape(name)}(?=\s*[,)])",
                                           rf"\g<1>{other}"):
                        yield new, "hyper-misused", f"{name} where {other} belongs"
    for m in re.finditer(r"""(\$|\[\[?\s*)(["']?)(\w+)\2""", line[:end]):
        # p["w5"] or p$w5 where p["w6"] belongs: an element one character away, of those
        # the port names
        if m.start() < start or (m.group(1) != "$" and not m.group(2)):
            continue
        for key in keys:
            if key != m.group(3) and len(key) == len(m.group(3)) \
                    and sum(a != b for a, b in zip(key, m.group(3))) == 1:
                new = line[:m.start(3)] + key + line[m.end(3):]
                yield new, "wrong-operand", f"it reads {m.group(3)} where {key} belongs"
    quoted = [m.span() for m in re.finditer(r"(['\"]).*?\1", line[:end])]
    for ours, theirs in operands:
        o = re.escape(ours)
        spans = []
        for m in re.finditer(rf"(?<![\w.$]){o}(?![\w(])", line[:end]):
            if m.start() < start or re.match(r"\s*=(?!=)", line[m.end():end]) \
                    or any(a <= m.start() < b for a, b in quoted):
                continue            # (an argument's or an element's name: list(loss = ...);
                # a string's letters: an einsum's subscripts)
            if theirs in rates and _SIZED.search(line[:m.start()]):
                continue            # (a rate for a count: numeric(lr) is numeric(0))
            spans.append(m.span())
            new = line[:m.start()] + theirs + line[m.end():]
            # the whole argument of a call, where the activation belongs and its
            # pre-activation is given (or the reverse): the slope taken of the wrong value
            call = re.search(r"([\w.]+)\(\s*$", line[:m.start()])
            if call and call.group(1) not in _LAYOUT and (ours, theirs) in related \
                    and re.match(r"\s*\)", line[m.end():]):
                yield new, "wrong-derivative", (f"{call.group(1)}() taken of {ours} where "
                                                f"{theirs} belongs")
            else:
                yield new, "wrong-operand", f"it reads {ours} where {theirs} belongs"
        if len(spans) > 1:
            # the same name read throughout the line (H1 * (1 - H1) where H belongs); the
            # sigmoid's slope written of the pre-activation where the activation belongs
            new = line
            for a, b in reversed(spans):
                new = new[:a] + theirs + new[b:]
            if (ours, theirs) in related and re.search(
                    rf"(?<![\w.$]){o}\s*\*\s*\(\s*1(?:\.0*)?\s*-\s*{o}\s*\)|"
                    rf"\(\s*1(?:\.0*)?\s*-\s*{o}\s*\)\s*\*\s*{o}(?![\w(.$])|"
                    # (np.multiply(a, 1 - a), its arguments on a line of their own)
                    rf"(?<![\w.$]){o}\s*,\s*\(?\s*1(?:\.0*)?\s*-\s*{o}(?![\w(.$])",
                    line[start:end]):
                yield new, "wrong-derivative", (f"the sigmoid's slope taken of {ours} where "
                                                f"{theirs} belongs")
            else:
                yield new, "wrong-operand", (f"it reads {ours} where {theirs} belongs, "
                                             f"{len(spans)} times")


def _slope_added(line, start, end, language, activations):
    """Yield (edited line, kind, words) for a line that assigns a name or a product of names
    (d_out <- E, delta = err * lr) times each activation's slope: a(1 - a) for a sigmoid's
    output, 1 - a^2 for tanh's, the slope a delta left out. Not on a line that takes a slope
    already or names no activation's value."""
    rhs = line[start:end].strip()
    target = re.match(r"\s*(?:self\.)?([\w.$]+)", line)
    if not rhs or not re.fullmatch(r"[\w.$\[\]\"' ]+(\s*\*\s*[\w.$\[\]\"' ]+)*", rhs) \
            or "1 -" in rhs or target is None or target.group(1) in activations:
        return
    power = "^" if language == "R" else "**"
    gap = line[start:end][len(line[start:end].rstrip()):]
    for a, form in activations.items():
        if re.search(rf"(?<![\w.$]){re.escape(a)}(?![\w(])", rhs):
            continue
        slope = f"{a} * (1 - {a})" if form == "sigmoid" else f"(1 - {a}{power}2)"
        yield (f"{line[:end].rstrip()} * {slope}{gap}{line[end:]}", "wrong-derivative",
               f"the slope of {a}, {slope}, left out")


def _slope_swapped(line, start, end, language, activations):
    """Yield (edited line, kind, words) for each slope of another activation taken of an
    activation's value: ReLU's (a > 0), tanh's 1 - a^2, the sigmoid's a * (1 - a), where the
    slope of the activation that made `a` belongs (activations: {name: "sigmoid" or "tanh"})."""
    power = "^" if language == "R" else "**"
    for a, form in activations.items():
        n = re.escape(a)
        forms = {
            "relu": (rf"as\.numeric\(\s*{n}\s*>=?\s*0\s*\)|np\.where\(\s*{n}\s*>=?\s*0\s*,"
                     rf"\s*1(?:\.0?)?\s*,\s*0(?:\.0?)?\s*\)|\(\s*{n}\s*>=?\s*0\s*\)"
                     rf"(?:\.astype\([^()]*\))?"),
            "tanh": (rf"\(\s*1(?:\.0?)?\s*-\s*(?:{n}\s*(?:\^|\*\*)\s*2|{n}\s*\*\s*{n}|"
                     rf"(?:np\.)?square\(\s*{n}\s*\))\s*\)"),
            "sigmoid": (rf"(?<![\w.$]){n}\s*\*\s*\(\s*1(?:\.0?)?\s*-\s*{n}\s*\)|"
                        rf"\(\s*1(?:\.0?)?\s*-\s*{n}\s*\)\s*\*\s*{n}(?![\w.$(])"),
        }
        right = f"{a} * (1 - {a})" if form == "sigmoid" else f"(1 - {a}{power}2)"
        if form == "sigmoid":
            # the slope's sign reversed: a * (a - 1)
            for m in re.finditer(rf"\(\s*{n}\s*-\s*1(?:\.0?)?\s*\)", line[:end]):
                if m.start() >= start:
                    yield (line[:m.start()] + f"(1 - {a})" + line[m.end():], "sign",
                           f"{m.group()} where (1 - {a}) belongs: the sigmoid's slope, "
                           f"{right}, with its sign reversed")
            # half the slope: (1 - a) with no a beside it
            for m in re.finditer(rf"\(\s*1(?:\.0?)?\s*-\s*{n}\s*\)", line[:end]):
                before, after = line[start:m.start()], line[m.end():end]
                if m.start() >= start and not re.search(rf"(?<![\w.$]){n}\s*\*\s*$", before) \
                        and not re.match(rf"\s*\*\s*{n}(?![\w.$(])", after):
                    yield (line[:m.start()] + f"{a} * {m.group()}" + line[m.end():],
                           "wrong-derivative", f"{m.group()} where the sigmoid's slope, "
                           f"{right}, belongs: {a} left out of it")
        for other, pattern in forms.items():
            if other == form:
                continue
            for m in re.finditer(pattern, line[:end]):
                if m.start() >= start:
                    yield (line[:m.start()] + f"({right})" + line[m.end():], "wrong-derivative",
                           f"{m.group()}, the slope of a {'ReLU' if other == 'relu' else other},"
                           f" where {a}'s {form} slope, {right}, belongs")


# Calls that lay out or sum what they are given, no activation's slope: an operand read in
# one of them where another belongs is the wrong operand.
_LAYOUT = {"t", "c", "drop", "as.matrix", "as.vector", "matrix", "array", "sum", "colSums",
           "rowSums", "crossprod", "tcrossprod", "outer", "np.transpose", "np.asarray",
           "np.array", "np.sum", "np.dot", "np.outer", "np.ravel", "np.matmul"}


# A count of the samples a loop runs over: nrow(data), len(X), X.shape[0]
_SAMPLES = re.compile(r"\b(?:nrow|NROW|len|length)\(|\.shape\[\s*0\s*\]|\bdim\([^()]*\)\[\s*1\s*\]")


# A statement that gives a name a count of the data: n <- nrow(X), m = y.shape[1]
_SIZE = re.compile(r"^\s*[A-Za-z_.][\w.]*\s*(?:<-|=)\s*(?:nrow|ncol|NROW|NCOL|length|len)"
                   r"\([^()]*\)\s*(?:#.*)?$|^\s*[A-Za-z_.][\w.]*\s*(?:<-|=)\s*"
                   r"(?:dim\([^()]*\)|[\w.]+\.shape)\[\s*\d\s*\]\s*(?:#.*)?$")


def _dropped(line, start, language):
    """Yield (edited line, words): the statement left out, as if it were not there (an
    update made twice, a line that should not be): an assignment only."""
    if start > 0 and line.strip():
        indent = line[:len(line) - len(line.lstrip())]
        yield indent + ("invisible(NULL)" if language == "R" else "pass"), \
            "a statement that should not be there"


def search(port, language, first, check, budget=(40, 30, 30, 20, 30), around=15,
           related=(), counts=(), below=(), called=(), swaps=None, epochs=None, rates=(),
           passed=(), inputs=(), nested=(), activations=None, also=(), helpers=()):
    """Return the first Repair of `port` (a file) or None: its lines tried from `first` (the
    reported statement's (line, last line, operands, hyperparameter names)), then the lines
    `below` it (of the statements computed from it, in the order they ran), those it
    `called`, then the others within `around` lines of it and those that made its `inputs`
    wherever they are, those first (n <- length(X), read by the statement), then the
    nearest, at most `budget` edits (of the statement, of the lines below, of those called,
    of those around it, of their operands exchanged); the operands exchanged are the
    statement's and, on other lines, those of `swaps` (line -> (name, name instead) pairs);
    `nested`: the lines that ran inside a function train() called (edits()'s nested);
    `activations`: {line: {name: "sigmoid" or "tanh"}}, the names that held an activation
    when the line ran (edits()'s activations); `also`: lines edited as the statement's own
    right after it (for a statement the reference has no counterpart of, the later ones
    computed from it, to the first that has one; the calls that led to it); `helpers`: the
    functions the port defines (edits()'s helpers, on those lines alone). check(sources) is given the edited
    copies' texts, in that order, and yields for each whether one epoch of it agrees with
    the reference (lazily, so the first that agrees ends the runs)."""
    port = Path(port)
    lines = port.read_text(encoding="utf-8").splitlines(keepends=True)
    line, last, operands, hyper = first
    order = list(range(line, last + 1))
    also = [n for n in dict.fromkeys(also) if n not in order and 1 <= n <= len(lines)]
    # the statement's own operands, after those of its frame of the same shape (err for
    # delta: the names the trace saw it could have read)
    # (and an activation for its pre-activation, or the reverse: t(Z) %*% d where t(H) %*% d
    # belongs, H = sigmoid(Z) however long ago it was made)
    swaps = {**(swaps or {}), **{n: list(dict.fromkeys([*(swaps or {}).get(n, ())[:10],
                                                        *operands, *sorted(related)]))
                                 for n in order}}
    below = [n for n in below if n not in order and n not in also and 1 <= n <= len(lines)]
    called = [n for n in called if n not in order and n not in below and 1 <= n <= len(lines)]
    # the lines that write a name a digit away from one the statement reads (it reads
    # hidden_layer_input; hidden_layer_input1[, j] <- ... wrote where it belongs): first
    said = set(re.findall(r"[A-Za-z_.][\w.]*", lines[line - 1][rhs_start(lines[line - 1],
                                                                         language):]))
    inputs = [*(k for k, text in enumerate(lines, 1) if k not in order and (
        lambda m: m is not None and m.group(1) in said)(re.match(
            r"\s*([A-Za-z_.][\w.]*?)\d+\s*(?:\[[^\]]*\])?\s*(?:<-|=(?!=))", text))), *inputs]
    near = sorted((n for n in range(1, len(lines) + 1) if (abs(n - line) <= around
                                                            or n in inputs)
                   and n not in order and n not in also and n not in below
                   and n not in called),
                  key=lambda n: (n not in inputs, abs(n - line), n))
    # the sizes the statement reads (m <- nrow(Y)), taken first: a statement that divides
    # by the wrong axis's count is as it should be (sum(...) / (2 * m)), its count is not
    sized = [n for n in dict.fromkeys(inputs) if n not in order and 1 <= n <= len(lines)
             and _SIZE.match(lines[n - 1])]
    keys = sorted({a or b for a, b in _KEY.findall("".join(lines))})
    made = _made(lines, language)
    packs = packer_names("".join(lines), language)
    defaults = defaulted_helpers("".join(lines), language)
    seen, tried = set(), []
    # the lines around: the vocabulary's edits first, then their operands exchanged (all
    # copies made at once, for one crossing into R; the first that agrees is taken)
    for lines_tried, most, exchange in ((sized, 4, False), (order, budget[0], True),
                                        (also, 30, True),
                                        (below, budget[1], True),
                                        (called, budget[2], True), (near, budget[3], False),
                                        (near, budget[4], True)):
        most += len(tried)
        for n in lines_tried:
            text = lines[n - 1].rstrip("\n")
            for new, kind, words in itertools.chain(
                    _recomputed(text, n, made, language) if n in order or n in also else (),
                    _part_recomputed(text, n, made, language) if n in order or n in also
                    else (),
                    edits(text, language, hyper,
                                          swaps.get(n, ()) if exchange else (), related,
                                          keys, counts, n in order or n in also, epochs,
                                          rates,
                                          passed, n in nested,
                                          (activations or {}).get(n, {}),
                                          helpers if n in order or n in also else (),
                                          packs if n in order or n in also else (),
                                          defaults)):
                if (n, new) not in seen and len(tried) < most:
                    seen.add((n, new))
                    tried.append(Repair(str(port), n, text, new, kind, words))
            if len(tried) >= most:
                break
    sources = ["".join([*lines[:r.line - 1], r.edited + "\n", *lines[r.line:]])
               for r in tried]
    return next((r for r, fixed in zip(tried, check(sources)) if fixed), None) \
        if tried else None


def _made(lines, language):
    """[(line number, name, the pattern of its right-hand side)] of the one-line assignments
    of the port that compute something (a call or an operator), each token of the
    right-hand side matched with any spacing."""
    out = []
    for k, text in enumerate(lines, 1):
        code = text[:_code_end(text)].rstrip()
        start = rhs_start(code, language)
        target = re.match(r"\s*([A-Za-z_.][\w.]*)\s*(?:<-|=)(?!=)", code)
        rhs = code[start:].strip()
        if not start or target is None or not re.search(r"[-+*/@%(]", rhs) \
                or rhs.count("(") != rhs.count(")"):
            continue
        tokens = re.findall(r"[A-Za-z_.][\w.]*|\d+(?:\.\d+)?|\S", rhs)
        out.append((k, target.group(1), r"\s*".join(map(re.escape, tokens))))
    return out


def _recomputed(text, n, made, language):
    """Return [(edited line, kind, words)]: a value computed again on line n where the name
    an earlier line gave it belongs (sigmoid(np.dot(X, wh) + bh) after wh moved, where
    hiddenlayer_activations, computed before, belongs), the line with every such name put
    back first."""
    return list(_recomputing(text, n, made, language))[::-1]


def _part_recomputed(text, n, made, language):
    """Yield (edited line, kind, words): a part of an earlier line's value computed again on
    line n (sigmoid(X @ w) after z = X @ w + b) where that value, named, belongs: the value
    without its later terms, a wrong operand."""
    start, end = rhs_start(text, language), _code_end(text)
    for k, name, pattern in made:
        if k >= n:
            continue
        tokens = pattern.split(r"\s*")
        depth = 0
        for i, token in enumerate(tokens):
            if token in (r"\(", r"\["):
                depth += 1
            elif token in (r"\)", r"\]"):
                depth -= 1
            if depth or token not in (r"\+", r"\-") or i < 3:
                continue        # (a sum's first terms, three tokens at least: X @ w of +)
            part = r"\s*".join(tokens[:i])
            after = r"(?![\w.(])" if re.search(r"\w$", part) else ""
            m = next((m for m in re.finditer(rf"(?<![\w.$]){part}{after}", text[:end])
                      if m.start() >= start and not re.match(r"\s*[-+]", text[m.end():end])),
                     None)
            if m is not None:
                yield (text[:m.start()] + name + text[m.end():], "wrong-operand",
                       f"{m.group()}, {name} (line {k}) without its later terms, where "
                       f"{name} belongs")
            break


def _recomputing(text, n, made, language):
    """Yield the edits of _recomputed(), one name put back at a time."""
    start, end = rhs_start(text, language), _code_end(text)
    done, line = set(), text
    while True:
        # each name put back in turn, to the end (np.dot(X, wh) as hidden_layer_input1,
        # then hidden_layer_input1 + bh as hidden_layer_input)
        for k, name, pattern in made:
            after = r"(?![\w.(])" if re.search(r"\w$", pattern) else ""
            m = next((m for m in re.finditer(rf"(?<![\w.$]){pattern}{after}", line[:end])
                      if m.start() >= start and line[start:end].strip() != m.group()), None) \
                if k < n and k not in done else None    # (not the whole value: x <- x)
            if m is not None:
                break
        else:
            return
        done.add(k)
        end -= len(m.group()) - len(name)
        line = line[:m.start()] + name + line[m.end():]
        yield line, "stale-value", (f"a value computed again from values moved since, where "
                                    f"{name}, computed at line {k} before they moved, belongs")


def defaulted_helpers(text, language):
    """{name: (its parameters, those with a default)} of the functions a port's source
    defines with a default for a parameter (move <- function(w, g, rate = 0.1), def
    move(w, g, rate=0.1)), train() and predict() excepted."""
    pattern = (r"^\s*([A-Za-z.][\w.]*)\s*(?:<-|=)\s*function\s*\(([^()]*)\)" if language == "R"
               else r"^\s*def\s+([A-Za-z_]\w*)\s*\(([^()]*)\)")
    out = {}
    for name, header in re.findall(pattern, text, re.M):
        params = [q.split("=")[0].strip() for q in header.split(",") if q.strip()]
        params = [q for q in params if q != "self"]
        defaulted = [q.split("=")[0].strip() for q in header.split(",") if "=" in q]
        if defaulted and name not in ("train", "predict"):
            out[name] = (params, defaulted)
    return out


def packer_names(text, language):
    """The functions a port's source defines in one line that string their arguments
    together: R's pack <- function(a, b) c(a, b), Python's def pack(a, b): return
    np.concatenate([a.ravel(), b.ravel()])."""
    if language == "R":
        pattern = (r"^\s*([A-Za-z.][\w.]*)\s*(?:<-|=)\s*function\s*\([^()]*\)\s*\{?\s*"
                   r"(?:c|cbind|rbind|unlist|list)\(")
    else:
        pattern = (r"^\s*def\s+([A-Za-z_]\w*)\s*\([^()]*\)\s*:\s*(?:\n\s*)?return\s+"
                   r"np\.(?:concatenate|hstack|vstack|r_)\b")
    return list(dict.fromkeys(re.findall(pattern, text, re.M)))


def helper_names(text, language):
    """The functions a port's source defines (R's f <- function(...), Python's def f(...)),
    train() and predict() excepted, in their order."""
    pattern = (r"^\s*([A-Za-z.][\w.]*)\s*(?:<-|=)\s*function\s*\(" if language == "R" else
               r"^\s*def\s+([A-Za-z_]\w*)\s*\(")
    return [n for n in dict.fromkeys(re.findall(pattern, text, re.M))
            if n not in ("train", "predict")]


def _alias(line, epochs):
    """The name a line gives the epochs' name alone (the article's epoch <- epochs), or None."""
    m = re.match(rf"^\s*([A-Za-z_][\w.]*)\s*(?:<-|=)\s*{re.escape(epochs)}\s*$",
                 line[:_code_end(line)])
    return m.group(1) if m else None


def epoch_names(lines, epochs):
    """The epochs' name and the names the port's `lines` give it alone, in their order."""
    return list(dict.fromkeys([epochs, *filter(None, (_alias(t, epochs) for t in lines))]))


def epoch_edits(lines, epochs, language):
    """Yield Repairs (file left empty) of the lines that count a port's epochs, for a port
    that runs one epoch too many or too few: the lines that read the epochs' name (or a name
    given it alone, epoch <- epochs) or a counter compared with it, and those that set such a
    counter to a number. Each edit moves one count by one: a whole number written there one
    up or down (epoch <- 1 for 0, range(1, epochs), islice(s, 1, epochs)), a comparison with
    or without equality (< for <=, >= for >), a - 1 or + 1 after the epochs' name dropped or
    added, R's 1:epochs as seq_len(epochs) (1:0 runs twice); and R's range(epochs), Python's
    kept, as seq_len(epochs) (two passes whatever the epochs: a Repair of no kind)."""
    code = [text[:_code_end(text)] for text in lines]
    strings, inside = set(), False      # the lines of triple-quoted strings
    for i, text in enumerate(lines, 1):
        quotes = text.count('"""') + text.count("'''")
        if inside or quotes:
            strings.add(i)
        inside ^= quotes % 2 == 1
    aliases = set(epoch_names(lines, epochs))
    name = "(?:" + "|".join(map(re.escape, sorted(aliases))) + r")(?![\w.])"
    name = r"(?<![\w.$])" + name
    compare = r"(?<![<>=!-])(<=|>=|<(?![-=])|>(?![=]))(?!=)"
    # counters: the names compared with the epochs' name (epoch >= epochs, i < n_epochs)
    counters = set()
    for text in code:
        for m in re.finditer(rf"([A-Za-z_][\w.]*)\s*{compare}\s*{name}|"
                             rf"{name}\s*{compare}\s*([A-Za-z_][\w.]*)", text):
            counters |= {g for g in (m.group(1), m.group(4)) if g}
    counters -= aliases
    # the vectors the epochs' count sizes (loss <- numeric(epoch))
    made = [m.group(1) for text in code for m in [re.match(
        rf"\s*([A-Za-z_.][\w.]*)\s*(?:<-|=)\s*(?:numeric|double|vector|np\.zeros|np\.empty)"
        rf"\(\s*(?:\w+\s*=\s*)?(?:int\()?{name}", text)] if m]
    sized = "|".join(map(re.escape, made))
    counter = ("(?<![\\w.$])(?:" + "|".join(map(re.escape, sorted(counters))) + r")(?![\w.])"
               if counters else None)
    for i, text in enumerate(lines, 1):
        c = code[i - 1]
        if re.match(r"^\s*(def\s|[\w.]+\s*(<-|=)\s*function\b)", c) or i in strings:
            continue            # the function's own parameters; a docstring
        reads = re.search(name, c) and _alias(c, epochs) is None
        if language == "R" and sized:
            # seq(loss) of a vector the epochs sized: for one number, seq() counts up to it
            # (seq(0) is 1:0, two passes), where seq_along(loss) belongs
            for m in re.finditer(rf"(?<![\w.$])seq\(\s*({sized})\s*\)", c):
                yield Repair("", i, text, text[:m.start()] + f"seq_along({m.group(1)})"
                             + text[m.end():], "epochs-off-by-one",
                             f"{m.group()} where seq_along({m.group(1)}) belongs: for one "
                             f"epoch {m.group(1)} is one number, and seq() counts up to it")
        sets = counter and re.match(rf"^\s*{counter}\s*(?:<<-|<-|=)(?!=)\s*-?\d+\s*;?\s*$", c)
        tests = counter and re.search(counter, c) and re.search(compare, c)
        if not (reads or sets or tests):
            continue
        seen = set()

        def edit(new, words):
            if new != text and new not in seen:
                seen.add(new)
                return Repair("", i, text, new, "epochs-off-by-one", words)
            return None
        out = []
        if reads:
            for m in re.finditer(name + r"(\s*[-+]\s*1)(?![\w.])", c):
                out.append(edit(text[:m.start(1)] + text[m.end(1):],
                                f"{m.group().strip()} where {m.group()[:m.start(1) - m.start()]}"
                                " belongs: one epoch off"))
            if language == "R":
                # 1:epochs, 0:epochs, 0:(epochs - 1), seq(epochs): seq_len(epochs) runs none
                # at 0
                for m in re.finditer(r"(?<![\w.])(?:[01]\s*:\s*\(?\s*(" + name +
                                     r")(?:\s*-\s*1\s*\))?|seq\(\s*(" + name + r")\s*\))", c):
                    e = m.group(1) or m.group(2)
                    out.append(edit(text[:m.start()] + f"seq_len({e})" + text[m.end():],
                                    f"{m.group()} where seq_len({e}) belongs: "
                                    f"{'1:0 runs twice' if m.group().startswith('1') else 'one epoch off'}"))
            if language == "R":
                # for (i in epochs): one pass over the number itself, whatever it is, where
                # seq_len(epochs) belongs (a loop written wrong, no count one off: kind None)
                for m in re.finditer(r"\bfor\s*\(\s*[\w.]+\s+in\s+(" + name + r")\s*\)", c):
                    new = text[:m.start(1)] + f"seq_len({m.group(1)})" + text[m.end(1):]
                    if new not in seen:
                        seen.add(new)
                        out.append(Repair("", i, text, new, None, (
                            f"the loop runs over {m.group(1)}, the one number, once whatever "
                            f"it is, where seq_len({m.group(1)}) belongs")))
            if language == "R":
                # Python's range(epochs) kept: R's range() is c(epochs, epochs), two passes
                # whatever epochs is (no count one off: kind None)
                for m in re.finditer(r"(?<![\w.])range\(\s*(" + name + r")\s*\)", c):
                    new = text[:m.start()] + f"seq_len({m.group(1)})" + text[m.end():]
                    if new not in seen:
                        seen.add(new)
                        out.append(Repair("", i, text, new, None, (
                            f"R's {m.group()} is c({m.group(1)}, {m.group(1)}), the smallest "
                            f"and largest of {m.group(1)}: two passes whatever "
                            f"{m.group(1)} is, where seq_len({m.group(1)}) belongs")))
        flip = {"<=": "<", "<": "<=", ">=": ">", ">": ">="}
        if reads or tests:
            for m in re.finditer(compare, c):
                op = m.group(1)
                out.append(edit(text[:m.start()] + flip[op] + text[m.end():],
                                f"{op} where {flip[op]} belongs: one epoch off"))
        for m in re.finditer(r"(?<![\w.])(\d+)(?![\w.])", c):
            k = int(m.group(1))
            for j in (k - 1, k + 1):
                if j >= 0:
                    out.append(edit(text[:m.start()] + str(j) + text[m.end():],
                                    f"{k} where {j} belongs: one epoch off"))
        if reads:
            for m in re.finditer(name + r"(?!\s*[-+*/]\s*\d)", c):
                for sign in ("-", "+"):
                    out.append(edit(text[:m.end()] + f" {sign} 1" + text[m.end():],
                                    f"{m.group()} where {m.group()} {sign} 1 belongs: "
                                    "one epoch off"))
        yield from (r for r in out if r is not None)
