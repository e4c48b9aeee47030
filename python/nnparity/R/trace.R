# Trace every assignment of an R train() function, statement by statement, for one call.
#
# Loaded by python/nnparity/tracing.py with the session's R; evaluates to one function,
# nnp_trace(files, fname, args). The files are sourced in order, with their source kept, into
# one fresh environment; every closure defined there (and every closure those define, such
# as a sigmoid written inside train()) is rewritten so that each assignment (`<-`, `=`, `<<-`,
# `x[i] <- v`, `names(x) <- v`, at any depth of for/while/if/{} blocks) also records the
# name, the variable's whole new value and the statement's srcref line; each for loop its
# variable, each call its arguments, and each function the value it returns. Then the function
# `fname` is called once with `args`. A `<<-` made inside a closure is recorded in the traced
# frame whose environment holds the variable (train()'s weights updated by a helper belong to
# train()'s frame). A run that records more than `max_records` assignments stops with an
# error, as a Python trace does (tracing.MAX_RECORDS). Nothing of the rewriting touches the
# files or any other environment. The rewritten environment is kept, by the files' paths and
# contents, and each later call runs in a fresh copy of it (unless it holds environments or
# closures made elsewhere, which a copy would share): rewriting costs more than the run.
#
# What comes back is a list of plain vectors, cheap to convert: a static table of the
# statements (one entry per assignment, loop, function entry or return in the source), the
# records in execution order (statement id, frame, name, the value flattened column-major
# with its dims), the frames (which traced frame called which, from which line), an error.

local({
  missing_arg <- function(e) is.symbol(e) && !nzchar(as.character(e))

  # Return the names an expression reads: its symbols, but not the functions it calls by
  # name, not the field names after `$`, and nothing inside a function definition.
  reads_of <- function(e) {
    if (missing_arg(e)) return(character())
    if (is.symbol(e)) return(as.character(e))
    if (!is.call(e)) return(character())
    head <- e[[1]]
    field <- field_of(e)
    if (!is.na(field)) return(c(field, reads_of(e[[2]])))
    if (identical(head, as.name("$")) || identical(head, as.name("@"))) return(reads_of(e[[2]]))
    if (identical(head, as.name("function"))) return(character())
    out <- if (is.call(head)) reads_of(head) else character()
    for (k in seq_along(e)[-1]) out <- c(out, reads_of(e[[k]]))
    unique(out)
  }

  # Return "p$a" for p$a or p[["a"]] (p a variable, a a name): an element of a named list is
  # traced as a variable of its own; else NA.
  field_of <- function(e) {
    if (!is.call(e) || length(e) != 3 || !is.symbol(e[[2]])) return(NA_character_)
    head <- e[[1]]
    # (an S4 object's slot net@a too, as R's named lists' elements)
    if ((identical(head, as.name("$")) || identical(head, as.name("@"))) &&
        (is.symbol(e[[3]]) || is.character(e[[3]]))) {
      return(paste0(as.character(e[[2]]), "$", as.character(e[[3]])))
    }
    if ((identical(head, as.name("[[")) || identical(head, as.name("["))) &&
        is.character(e[[3]]) && length(e[[3]]) == 1) {
      return(paste0(as.character(e[[2]]), "$", e[[3]]))   # p["a"] <- v too: its element a
    }
    NA_character_
  }

  # Return the variable an assignment's left-hand side changes: x for x, x[i], names(x), x$a.
  target_of <- function(lhs) {
    while (is.call(lhs)) lhs <- lhs[[2]]
    if (is.symbol(lhs)) as.character(lhs) else if (is.character(lhs)) lhs[[1]] else NA_character_
  }

  # Source `files` into one fresh environment and rewrite its closures. Return the
  # environment, the statement table (rows, and tab: its columns) and whether the
  # environment can be reused for another call (reusable()).
  prepare <- function(files) {
    env <- new.env(parent = globalenv())
    # The statement table, filled while rewriting.
    rows <- list()
    add <- function(file, line, text, fn, kind, name, reads, loop = 0L, parts = "") {
      rows[[length(rows) + 1L]] <<- list(file = file, line = as.integer(line), text = text,
                                         fn = fn, kind = kind, name = name,
                                         reads = paste(unique(reads), collapse = "\t"),
                                         loop = as.integer(loop), parts = parts)
      length(rows)
    }
    column <- function(k) unlist(lapply(rows, `[[`, k))

    text_of <- function(sr) trimws(paste(as.character(sr), collapse = "\n"))

    # Rewrite expression e; ctx holds file, fn, line, text, loop (the enclosing for's id).
    rw <- function(e, ctx) {
      if (!is.call(e)) return(e)
      head <- e[[1]]
      if (is.symbol(head)) {
        h <- as.character(head)
        if (h %in% c("quote", "bquote", "~", "expression", "substitute", "alist")) return(e)
        if (h == "{") return(rw_block(e, ctx, tail = FALSE))
        if (h %in% c("<-", "=", "<<-") && length(e) == 3) return(rw_assign(e, ctx))
        if (h == "for") return(rw_for(e, ctx))
        if (h == "function") return(rw_function(e, ctx, ctx$fn))
        if (h == "return") return(rw_return(e, ctx))
      }
      for (k in seq_along(e)) if (is.call(e[[k]])) e[[k]] <- rw(e[[k]], ctx)
      e
    }

    rw_block <- function(e, ctx, tail) {
      sr <- attr(e, "srcref")
      out <- list(as.name("{"))
      m <- length(e) - 1L
      for (i in seq_len(m)) {
        s <- ctx
        if (!is.null(sr) && length(sr) > i) {
          s$line <- sr[[i + 1L]][1]
          s$text <- text_of(sr[[i + 1L]])
        }
        out <- c(out, list(call("<-", as.name(".nnp_at"), as.integer(s$line)),
                           if (tail && i == m) rw_tail(e[[i + 1L]], s) else rw_stmt(e[[i + 1L]], s)))
      }
      as.call(out)
    }

    # Rewrite a statement of a block: an expression whose value is dropped (bh + step, a
    # computed update never written back) is recorded too, as kind "expr" with no name.
    not_values <- c("<-", "=", "<<-", "for", "while", "repeat", "if", "function", "return",
                    "{", "(", "stop", "warning", "message", "print", "cat", "invisible",
                    "library", "require", "set.seed", "stopifnot", "on.exit", "break", "next")
    rw_stmt <- function(e, ctx) {
      if (!is.call(e) || !is.symbol(e[[1]]) || as.character(e[[1]]) %in% not_values) {
        return(rw(e, ctx))
      }
      sid <- add(ctx$file, ctx$line, ctx$text, ctx$fn, "expr", "", reads_of(e), ctx$loop,
                 parts_of(e))
      call(".nnp_rec", as.name(".nnp_f"), sid, rw(e, ctx))
    }

    # Rewrite the expression whose value a function returns: record it, keep it.
    rw_tail <- function(e, ctx) {
      if (is.call(e) && is.symbol(e[[1]])) {
        h <- as.character(e[[1]])
        if (h == "{") return(rw_block(e, ctx, tail = TRUE))
        if (h == "if") {
          e[[2]] <- rw(e[[2]], ctx)
          for (k in 3:length(e)) if (k <= length(e)) e[[k]] <- rw_tail(e[[k]], ctx)
          return(e)
        }
        if (h %in% c("<-", "=", "<<-", "for", "while", "repeat", "return", "invisible", "stop")) {
          return(rw(e, ctx))
        }
      }
      sid <- add(ctx$file, ctx$line, ctx$text, ctx$fn, "return", "return", reads_of(e),
                 ctx$loop, parts_of(e))
      call(".nnp_ret", as.name(".nnp_f"), sid, rw(e, ctx))
    }

    # For list(a = x, b = y), the names each element reads: "a=x,y;b=..."; the same of the
    # lists in c(p, list(loss = l)) or modifyList(s, list(...)); else "".
    parts_of <- function(e) {
      if (is.call(e) && (identical(e[[1]], as.name("c")) ||
                         identical(e[[1]], as.name("modifyList")))) {
        inner <- vapply(as.list(e)[-1], parts_of, character(1))
        return(paste(inner[nzchar(inner)], collapse = ";"))
      }
      if (!is.call(e) || !identical(e[[1]], as.name("list")) || is.null(names(e))) return("")
      parts <- character()
      for (k in seq_along(e)[-1]) {
        if (nzchar(names(e)[k])) {
          parts <- c(parts, paste0(names(e)[k], "=", paste(reads_of(e[[k]]), collapse = ",")))
        }
      }
      paste(parts, collapse = ";")
    }

    rw_return <- function(e, ctx) {
      if (length(e) < 2) return(e)
      sid <- add(ctx$file, ctx$line, ctx$text, ctx$fn, "return", "return", reads_of(e[[2]]),
                 ctx$loop, parts_of(e[[2]]))
      e[[2]] <- call(".nnp_ret", as.name(".nnp_f"), sid, rw(e[[2]], ctx))
      e
    }

    rw_assign <- function(e, ctx) {
      lhs <- e[[2]]
      rhs <- e[[3]]
      name <- target_of(lhs)
      if (is.call(rhs) && identical(rhs[[1]], as.name("function"))) {
        e[[3]] <- rw_function(rhs, ctx, if (is.na(name)) ctx$fn else name)
        return(e)
      }
      # (only a call is rewritten: e[[3]] <- NULL would drop x <- NULL's right-hand side)
      if (is.call(rhs)) e[[3]] <- rw(rhs, ctx)
      if (is.call(lhs)) e[[2]] <- rw(lhs, ctx)
      if (is.na(name)) return(e)
      reads <- c(reads_of(rhs), if (is.call(lhs)) reads_of(lhs))
      # x[i] <- v keeps the rest of x: a "partial" assignment (dim(x) <- d, names(x) <- n
      # do not: every value is the old one). p$a <- v assigns the whole of the element p$a.
      field <- if (identical(e[[1]], as.name("<<-"))) NA_character_ else field_of(lhs)
      partial <- is.na(field) && is.call(lhs) && is.symbol(lhs[[1]]) &&
        as.character(lhs[[1]]) %in% c("[", "[[", "$", "@")
      if (!is.na(field)) {
        sid <- add(ctx$file, ctx$line, ctx$text, ctx$fn, "assign", field, reads, ctx$loop)
        element <- lhs                  # p["a"]: the element itself, not a list of it
        if (identical(element[[1]], as.name("["))) element[[1]] <- as.name("[[")
        return(call("{", e, call(".nnp_rec", as.name(".nnp_f"), sid, element)))
      }
      sid <- add(ctx$file, ctx$line, ctx$text, ctx$fn, if (partial) "partial" else "assign",
                 name, reads, ctx$loop)
      frame <- as.name(".nnp_f")
      value <- as.name(name)
      if (identical(e[[1]], as.name("<<-"))) {
        frame <- call(".nnp_owner", name, call("environment"), frame)
        value <- call("get", name, envir = call("parent.env", call("environment")))
      }
      call("{", e, call(".nnp_rec", frame, sid, value))
    }

    rw_for <- function(e, ctx) {
      var <- as.character(e[[2]])
      sid <- add(ctx$file, ctx$line, ctx$text, ctx$fn, "for", var, reads_of(e[[3]]), ctx$loop)
      e[[3]] <- rw(e[[3]], ctx)
      inner <- ctx
      inner$loop <- sid
      e[[4]] <- call("{", call(".nnp_rec", as.name(".nnp_f"), sid, as.name(var)),
                     rw(e[[4]], inner))
      e
    }

    # Rewrite a `function(...) body` expression (a closure defined inside another).
    # Whether an expression calls one of `names` (an S3 generic's UseMethod(), which must
    # be called from the generic's own frame, not from inside a recording call).
    calls_any <- function(e, names) {
      if (!is.call(e)) return(FALSE)
      if (is.symbol(e[[1]]) && as.character(e[[1]]) %in% names) return(TRUE)
      for (k in seq_along(e)) if (calls_any(e[[k]], names)) return(TRUE)
      FALSE
    }

    rw_function <- function(e, ctx, fn) {
      # an S3 generic dispatches as it is: its methods are traced, not the dispatch
      if (calls_any(e[[3]], c("UseMethod", "NextMethod"))) return(e)
      sr <- if (length(e) >= 4) e[[4]] else NULL
      line <- if (!is.null(sr)) sr[1] else ctx$line
      text <- if (!is.null(sr)) text_of(sr) else ctx$text
      e[[3]] <- rw_body(names(e[[2]]), e[[3]], list(file = ctx$file, fn = fn, line = line,
                                                    text = text, loop = 0L))
      if (length(e) >= 4) e[[4]] <- NULL   # the srcref no longer describes the body
      e
    }

    rw_body <- function(formal, body, ctx) {
      sid <- add(ctx$file, ctx$line, ctx$text, ctx$fn, "enter", ctx$fn, formal)
      inner <- if (is.call(body) && identical(body[[1]], as.name("{"))) {
        rw_block(body, ctx, tail = TRUE)
      } else {
        rw_tail(body, ctx)
      }
      call("{", call("<-", as.name(".nnp_f"), call(".nnp_enter", sid, call("environment"))),
           inner)
    }

    # The methods a reference class defines in `file` (those with the file's source; not
    # the methods package's callSuper(), copy(), ...), rewritten in place in its definition,
    # which every object it makes copies them from. Named Class$method.
    rw_methods <- function(generator, file) {
      defs <- generator$def@refMethods
      for (name in ls(defs, all.names = TRUE)) {
        m <- get(name, envir = defs)
        if (!methods::is(m, "refMethodDef")) next
        sr <- attr(body(m), "srcref")
        if (is.null(sr)) next
        f <- m@.Data
        ctx <- list(file = normalizePath(file), fn = paste0(generator$className, "$", name),
                    line = sr[[1]][1], text = paste0(name, " = function(...)"), loop = 0L)
        body(f) <- rw_body(names(formals(f)), body(f), ctx)
        m@.Data <- f
        assign(name, m, envir = defs)
      }
    }

    # The methods an R6 class defines in `file`: R6::R6Class()'s generator keeps them in
    # its public_methods and private_methods lists, and each object new() makes gets copies
    # of them; rewritten there. Named Class$method.
    rw_r6 <- function(generator, file) {
      for (part in c("public_methods", "private_methods")) {
        fs <- generator[[part]]
        for (name in names(fs)) {
          f <- fs[[name]]
          sr <- attr(f, "srcref")
          if (!is.function(f) || is.null(sr)) next
          ctx <- list(file = normalizePath(file), fn = paste0(generator$classname, "$", name),
                      line = sr[1], text = paste0(name, " = function(...)"), loop = 0L)
          attr(f, "srcref") <- NULL
          body(f) <- rw_body(names(formals(f)), body(f), ctx)
          fs[[name]] <- f
        }
        if (length(fs)) assign(part, fs, envir = generator)
      }
    }

    for (file in files) {
      before <- ls(env, all.names = TRUE)
      sys.source(file, envir = env, keep.source = TRUE)
      for (name in setdiff(ls(env, all.names = TRUE), before)) {
        f <- get(name, envir = env)
        if (inherits(f, "R6ClassGenerator")) {
          rw_r6(f, file)
          next
        }
        if (!is.function(f) || is.primitive(f) || startsWith(name, ".nnp_")) next
        if (calls_any(body(f), c("UseMethod", "NextMethod"))) next   # (see rw_function)
        # an S4 function object (setRefClass()'s generator, a generic) is more than its
        # body: rewritten, it would lose its class and slots; a reference class's own
        # methods are rewritten in its definition instead
        if (isS4(f)) {
          if (methods::is(f, "refObjectGenerator")) rw_methods(f, file)
          next
        }
        sr <- attr(f, "srcref")
        ctx <- list(file = normalizePath(file), fn = name,
                    line = if (is.null(sr)) 0L else sr[1],
                    text = if (is.null(sr)) name else text_of(sr), loop = 0L)
        ctx$text <- strsplit(ctx$text, "\n", fixed = TRUE)[[1]][1]
        g <- f
        attr(g, "srcref") <- NULL
        body(g) <- rw_body(names(formals(f)), body(f), ctx)
        assign(name, g, envir = env)
      }
    }
    tab <- if (length(rows)) lapply(stats::setNames(nm = names(rows[[1]])), column) else list()
    list(env = env, rows = rows, tab = tab, reusable = reusable(env))
  }

  # Whether a prepared environment holds only closures it encloses and plain data: then a
  # copy whose closures it encloses is as good as sourcing and rewriting again. Not when
  # a binding is an environment, or a closure made elsewhere (by a factory at source
  # time), or data holding either (a list of functions): those would still see the old
  # environment and its recorders.
  reusable <- function(env) {
    plain <- function(v) {
      if (is.function(v) || is.environment(v)) return(FALSE)
      !is.list(v) || all(vapply(v, plain, NA))
    }
    all(vapply(ls(env, all.names = TRUE), function(name) {
      v <- get(name, envir = env)
      if (isS4(v)) return(FALSE)    # a reference class's generator: its methods enclose env
      if (is.function(v)) is.primitive(v) || identical(environment(v), env) else plain(v)
    }, NA))
  }

  # A copy of a prepared environment: the same bindings, its closures enclosed by it.
  copied <- function(from) {
    env <- new.env(parent = parent.env(from))
    for (name in ls(from, all.names = TRUE)) {
      v <- get(name, envir = from)
      if (is.function(v) && !is.primitive(v)) environment(v) <- env
      assign(name, v, envir = env)
    }
    env
  }

  # The prepared environments, by the files' paths and contents (at most `kept` of them).
  prepared <- new.env()
  kept <- 64L

  nnp_trace <- function(files, fname, args, max_records = 1000000L) {
    key <- paste(files, tools::md5sum(files), collapse = "\n")
    p <- prepared[[key]]
    if (is.null(p)) {
      p <- prepare(files)
      if (p$reusable) {
        if (length(prepared) >= kept) rm(list = ls(prepared, all.names = TRUE), envir = prepared)
        assign(key, p, envir = prepared)
      }
    }
    env <- if (p$reusable) copied(p$env) else p$env
    rows <- p$rows

    # The records, filled while running: variables of this call, changed with <<- (which
    # modifies a vector in place; env$x[i] <- v would copy it every time).
    n <- 0L; size <- 1024L
    r_sid <- integer(size); r_frame <- integer(size); r_name <- character(size)
    r_vals <- vector("list", size)
    nf <- 0L; fsize <- 256L
    f_id <- integer(fsize); f_sid <- integer(fsize); f_caller <- integer(fsize)
    f_at <- integer(fsize); f_start <- integer(fsize)
    error <- ""
    warned <- character()

    record <- function(frame, sid, name, value, elements = TRUE) {
      if (n >= max_records) {
        stop(sprintf("more than %d assignments in one traced run", as.integer(max_records)))
      }
      if (n == size) {
        size <<- size * 2L
        length(r_sid) <<- size; length(r_frame) <<- size; length(r_name) <<- size
        length(r_vals) <<- size
      }
      n <<- n + 1L
      r_sid[n] <<- sid; r_frame[n] <<- frame; r_name[n] <<- name
      if ((is.numeric(value) || is.logical(value)) && !is.object(value)) r_vals[n] <<- list(value)
      if (elements && isS4(value) && !startsWith(name, "return")) {
        # an S4 object's numeric slots, each as the variable net$a (see field_of)
        for (k in methods::slotNames(value)) {
          v <- methods::slot(value, k)
          if (is.numeric(v)) record(frame, sid, paste0(name, "$", k), v)
        }
      }
      if (elements && is.list(value) && !is.object(value) && !is.null(names(value)) &&
          !startsWith(name, "return:")) {
        # a named list's numeric elements, each as the variable p$a (see field_of)
        for (k in seq_along(value)) {
          if (nzchar(names(value)[k]) && is.numeric(value[[k]])) {
            record(frame, sid, paste0(name, "$", names(value)[k]), value[[k]])
          }
        }
      }
      invisible(NULL)
    }
    env$.nnp_rec <- function(frame, sid, value) {
      record(frame, sid, rows[[sid]]$name, value)
      invisible(value)
    }
    # The frame a `<<-` assignment changes: the traced frame whose environment holds the
    # variable (a closure's update of train()'s weights belongs to train()'s frame, where
    # what train() returns reads it); `frame` when no traced frame holds it.
    env$.nnp_owner <- function(name, fenv, frame) {
      e <- parent.env(fenv)
      while (!identical(e, emptyenv())) {
        if (exists(name, envir = e, inherits = FALSE)) {
          return(get0(".nnp_f", envir = e, inherits = FALSE, ifnotfound = frame))
        }
        e <- parent.env(e)
      }
      frame
    }
    env$.nnp_ret <- function(frame, sid, value) {
      if (is.list(value) && !is.null(names(value))) {
        for (k in seq_along(value)) {
          if (nzchar(names(value)[k])) record(frame, sid, paste0("return:", names(value)[k]),
                                              value[[k]])
        }
      } else {
        record(frame, sid, "return", value)
        if (isS4(value)) {
          # an S4 object returned: its numeric slots, as a named list's elements
          for (k in methods::slotNames(value)) {
            v <- methods::slot(value, k)
            if (is.numeric(v)) record(frame, sid, paste0("return:", k), v)
          }
        }
      }
      value
    }
    env$.nnp_enter <- function(sid, fenv) {
      if (nf == fsize) {
        fsize <<- fsize * 2L
        length(f_id) <<- fsize; length(f_sid) <<- fsize; length(f_caller) <<- fsize
        length(f_at) <<- fsize; length(f_start) <<- fsize
      }
      id <- nf <<- nf + 1L
      caller <- 0L; at <- 0L
      frames <- sys.frames()
      for (k in rev(seq_along(frames))) {
        fr <- frames[[k]]
        # (the caller's line in a block run by with() or local() is kept in that block's
        # environment, whose parents hold the traced frame's .nnp_f)
        if (!identical(fr, fenv) && (exists(".nnp_f", envir = fr, inherits = FALSE) ||
            exists(".nnp_at", envir = fr, inherits = FALSE) && exists(".nnp_f", envir = fr))) {
          caller <- get(".nnp_f", envir = fr)
          at <- get0(".nnp_at", envir = fr, inherits = FALSE, ifnotfound = 0L)
          break
        }
      }
      f_id[id] <<- id; f_sid[id] <<- sid; f_caller[id] <<- caller; f_at[id] <<- at
      f_start[id] <<- n
      formal <- strsplit(rows[[sid]]$reads, "\t", fixed = TRUE)[[1]]
      for (a in setdiff(formal, "...")) {
        if (eval(call("missing", as.name(a)), fenv)) next
        value <- tryCatch(get(a, envir = fenv), error = function(e) NULL)
        # not its elements: inside the function, p$a is the caller's, traced where it is made
        record(id, sid, a, value, elements = FALSE)
      }
      id
    }
    if (!is.function(env[[fname]])) stop(sprintf("no function %s() in %s", fname,
                                                 paste(files, collapse = ", ")))

    keep <- function(w) {
      warned <<- c(warned, conditionMessage(w))
      invokeRestart("muffleWarning")
    }
    # Where an error stops the run: the innermost traced frame's statement (its line).
    error_at <- c("", "0")
    stopped <- function(e) {
        frames <- sys.frames()
        for (k in rev(seq_along(frames))) {
          fr <- frames[[k]]
          # (a block run by with() or local() keeps its line in an environment of its
          # own, whose parents hold the traced frame's .nnp_f)
          if (exists(".nnp_at", envir = fr, inherits = FALSE) &&
              exists(".nnp_f", envir = fr)) {
            error_at <<- c(rows[[f_sid[get(".nnp_f", envir = fr)]]]$file,
                           as.character(get(".nnp_at", envir = fr)))
            break
          }
        }
    }
    tryCatch(withCallingHandlers(do.call(env[[fname]], args), warning = keep,
                                 error = stopped),
             error = function(e) error <<- conditionMessage(e))

    vals <- r_vals[seq_len(n)]
    has <- !vapply(vals, is.null, NA)
    lens <- ifelse(has, vapply(vals, length, 1L), -1L)
    dims <- vapply(vals, function(v) paste(dim(v), collapse = ","), "")
    list(tab = p$tab,
         sid = r_sid[seq_len(n)], frame = r_frame[seq_len(n)], name = r_name[seq_len(n)],
         len = as.integer(lens), dims = dims,
         flat = as.double(unlist(lapply(vals[has], as.double))),
         frames = list(id = f_id[seq_len(nf)], sid = f_sid[seq_len(nf)],
                       caller = f_caller[seq_len(nf)], at = f_at[seq_len(nf)],
                       start = f_start[seq_len(nf)]),
         error = error, error_at = error_at, warnings = warned)
  }
  nnp_trace
})
