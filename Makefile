# thermolit: one `make` builds paper.pdf; `make check` runs the tests.
# All C, tests and figure scripts are written in noweb/*.nw and tangled from there;
# this Makefile only drives the tools.

SHELL := /bin/bash
.SHELLFLAGS := -o pipefail -ec
.DEFAULT_GOAL := all
.DELETE_ON_ERROR:

# The chapters, in the order the book prints them: one part for the papers, then one for
# the kernel they share.
PAPERS := review landauer learning rebooting denseam
KERNEL := numerics certify stochastic hopfield ledger
CHAPTERS := $(PAPERS) $(KERNEL)
NW := $(CHAPTERS:%=noweb/%.nw)

CC := gcc
# No debug information by default: it cost 1 to 1.7 s of a clean build's 11 to 13 s of compiling
# on 2 cores. For a debugger: make CFLAGS='-O2 -g' (the tests are compiled with -g regardless).
CFLAGS ?= -O2
# The program asks git for the commit of its source tree when it needs it (a commit alone
# must not rebuild it or rerun a claim); the tree's place is all it is told.
SOURCE_DIR := -DTHERMOLIT_SOURCE='"$(CURDIR)"'
# Open MPI, for Monte Carlo over several processes: its headers and library as pkg-config
# names them, asked when a compile first needs them (the first make may be the one installing
# it), and kept: asked at each of the 41 compiles, pkg-config cost 1.7 s.
MPI_CFLAGS = $(eval MPI_CFLAGS := $(shell pkg-config --cflags ompi-c 2>/dev/null))$(MPI_CFLAGS)
MPI_LIBS = $(eval MPI_LIBS := $(shell pkg-config --libs ompi-c 2>/dev/null))$(MPI_LIBS)
ALL_CFLAGS = -std=gnu11 -Wall -Wextra -fopenmp -MMD -MP -Isrc -Itests -Ibench $(SOURCE_DIR) \
  $(MPI_CFLAGS) $(CFLAGS)
# MPFR and GMP are linked statically (Debian's -dev packages ship the archives): MPFR keeps its
# flags and caches in thread-local storage, which a shared library reaches through a call to
# __tls_get_addr on every operation; linked in, the access is direct. Same library, same bits:
# `thermolit verify` went from 73 to 57 s on one thread, with byte-identical output.
# Arb (libflint-arb) is shared only, and its own calls into MPFR go to Debian's shared MPFR: a
# second copy, with its own thread-local state. Arb calls it only for conversions and a few
# fallbacks, and passes no MPFR number across, so the two copies share nothing.
LDLIBS = -ljansson -lflint-arb -lflint $(MPI_LIBS) -Wl,-Bstatic -lmpfr -lgmp -Wl,-Bdynamic -lm
THREADS ?= 2

# ---------------------------------------------------------------- dependencies
# kind:what:package.  cmd = a command on PATH, pc = a pkg-config module,
# h = a header under /usr/include, sty = a TeX file kpsewhich finds,
# py = a module of Debian's /usr/bin/python3, file = a file at an absolute path.
DEPS := cmd:gcc:gcc cmd:pkg-config:pkgconf pc:gmp:libgmp-dev pc:mpfr:libmpfr-dev \
  pc:criterion:libcriterion-dev pc:jansson:libjansson-dev \
  h:Random123/philox.h:librandom123-dev h:arb.h:libflint-arb-dev pc:ompi-c:libopenmpi-dev \
  cmd:mpirun:openmpi-bin cmd:notangle:noweb cmd:gnuplot:gnuplot-nox \
  cmd:latexmk:latexmk cmd:pdflatex:texlive-latex-base sty:hyperref.sty:texlive-latex-base \
  sty:xcolor.sty:texlive-latex-recommended sty:booktabs.sty:texlive-latex-recommended \
  sty:lmodern.sty:lmodern \
  cmd:git:git
BENCH_DEPS := py:mpmath:python3-mpmath py:gmpy2:python3-gmpy2
LLVM := /usr/lib/llvm-14/lib/clang/14.0.6
FUZZ_DEPS := cmd:clang:clang-14 file:$(LLVM)/include/omp.h:libomp-14-dev \
  file:$(LLVM)/lib/linux/libclang_rt.fuzzer-x86_64.a:libclang-rt-14-dev

# Check each dependency; install what is missing when we are root or may sudo,
# otherwise stop with the one command that would install it.
define install-missing
missing=""; \
for d in $(1); do \
  IFS=: read -r kind what pkg <<< "$$d"; \
  case $$kind in \
    cmd) command -v "$$what" >/dev/null 2>&1 ;; \
    pc)  pkg-config --exists "$$what" 2>/dev/null ;; \
    h)   test -f "/usr/include/$$what" ;; \
    sty) kpsewhich "$$what" >/dev/null 2>&1 ;; \
    py)  /usr/bin/python3 -c "import $$what" >/dev/null 2>&1 ;; \
    file) test -f "$$what" ;; \
  esac || case " $$missing " in *" $$pkg "*) ;; *) missing="$$missing $$pkg" ;; esac; \
done; \
if [ -n "$$missing" ]; then \
  cmd="apt-get install -y --no-install-recommends$$missing"; \
  if [ "$$(id -u)" = 0 ]; then sudo=""; \
  elif command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then sudo="sudo "; \
  else echo "thermolit: missing Debian packages; run: sudo $$cmd" >&2; exit 1; fi; \
  echo "thermolit: installing$$missing" >&2; \
  $${sudo}apt-get update -qq; \
  DEBIAN_FRONTEND=noninteractive $${sudo}$$cmd >&2; \
fi
endef

.PHONY: deps bench-deps fuzz-deps
deps:
	@$(call install-missing,$(DEPS))
bench-deps: deps
	@$(call install-missing,$(BENCH_DEPS))
fuzz-deps: deps
	@$(call install-missing,$(FUZZ_DEPS))

# ---------------------------------------------------------------- tangling
# Where a root chunk goes: tests (test-*, and the fuzz target fuzz-*), figure scripts,
# benchmarks, else src/. This is the one map; a root of no kind in ROOT_KINDS is a chunk
# defined and never used, and its destination is UNUSED.
ROOT_KINDS := %.c %.h %.gp %.py %.sh
dest = $(if $(filter $(ROOT_KINDS),$1),$(if $(filter test-% fuzz-%,$1),tests/$1,$(if $(filter %.gp,$1),figures/$1,$(if $(filter bench-% %.py,$1),bench/$1,src/$1))),UNUSED)
# The roots of each chapter, as noroots lists them, are kept in build/roots/CHAPTER and listed
# again only when the chapter is newer: noroots on ten chapters costs 0.2 s, and every make
# reads this file (`make check` starts about ten). Before `deps` has installed noweb the lists
# are empty, as they would be from noroots itself. A list is renamed into place, for the
# makes that run side by side.
$(shell mkdir -p build/roots; command -v noroots >/dev/null || exit 0; for c in $(CHAPTERS); do \
  r=build/roots/$$c; [ "$$r" -nt noweb/$$c.nw ] && continue; \
  noroots noweb/$$c.nw | sed -n 's/^<<\(.*\)>>$$/\1/p' > $$r.$$$$ && mv $$r.$$$$ $$r; done)
$(foreach c,$(CHAPTERS),$(eval ROOTS_$c := $(strip $(file <build/roots/$c))))
TANGLED := $(filter-out UNUSED,$(foreach c,$(CHAPTERS),$(foreach r,$(ROOTS_$c),$(call dest,$r))))
# chapter:root=destination for every root, for the shell loops below.
ROOT_MAP = $(foreach c,$1,$(foreach r,$(ROOTS_$c),$c:$r=$(call dest,$r)))

# Tangle one root $2 of chapter $1 to stdout: #line directives for C sources and headers.
tangle-root = case "$2" in *.c|*.h) notangle -L -R"$2" noweb/$1.nw ;; *) notangle -R"$2" noweb/$1.nw ;; esac

# A tangled file that differs from its chapter's tangle and is not older than
# the chapter was edited by hand (a fresh clone writes noweb/ before src/, so
# committed drift is never older): refuse to overwrite it. A file is written only when its
# tangle differs, so that make sees no change where there is none. One cmp per root decides
# both: a tangle of every chapter took 4.1 to 5.2 s with a cpif, a dirname and a mkdir per
# root, and takes 1.8 to 2.0 s so.
build/tangle/%.stamp: noweb/%.nw
	@mkdir -p build/tangle src tests figures bench
	@for m in $(call ROOT_MAP,$*); do r=$${m#*:}; r=$${r%%=*}; d=$${m#*=}; \
	  [ "$$d" != UNUSED ] || { echo "thermolit: noweb/$*.nw: chunk <<$$r>> is defined but never used" >&2; exit 1; }; \
	  t=build/tangle/$$r; $(call tangle-root,$*,$$r) > "$$t"; \
	  if [ -f "$$d" ]; then cmp -s "$$t" "$$d" && continue; [ noweb/$*.nw -nt "$$d" ] || { \
	    echo "thermolit: $$d differs from the tangle of noweb/$*.nw and is not older: edited by hand? Move the edit into the .nw" >&2; exit 1; }; fi; \
	  cp "$$t" "$$d"; \
	done
	@touch $@

$(foreach c,$(CHAPTERS),$(foreach f,$(filter-out UNUSED,$(foreach r,$(ROOTS_$c),$(call dest,$r))),$(eval $f: build/tangle/$c.stamp)))

.PHONY: tangle check-tangle
tangle: $(CHAPTERS:%=build/tangle/%.stamp)

# Every committed tangled file equals a fresh tangle, and every file under the
# tangled directories has a root. The fresh tangle is the one `tangle` keeps under
# build/tangle (made again for any chapter edited since).
check-tangle: tangle
	@tmp=$$(mktemp -d); trap 'rm -rf "$$tmp"' EXIT; status=0; declare -A fresh; \
	for m in $(call ROOT_MAP,$(CHAPTERS)); do c=$${m%%:*}; r=$${m#*:}; r=$${r%%=*}; d=$${m#*=}; \
	  if [ "$$d" = UNUSED ]; then echo "check-tangle: noweb/$$c.nw: chunk <<$$r>> is defined but never used" >&2; status=1; continue; fi; \
	  fresh[$${d%%/*}]+=" build/tangle/$$r"; \
	done; \
	for dir in src tests figures bench; do mkdir "$$tmp/$$dir"; \
	  [ -z "$${fresh[$$dir]}" ] || cp -t "$$tmp/$$dir" $${fresh[$$dir]}; \
	  diff -r "$$tmp/$$dir" "$$dir" >&2 || { echo "check-tangle: $$dir/ differs from a fresh tangle of noweb/*.nw (edit the .nw, then make tangle)" >&2; status=1; }; \
	done; \
	[ $$status = 0 ] && echo "check-tangle: all tangled files match noweb/*.nw"; exit $$status

# ---------------------------------------------------------------- compiling
LIB_SRC := $(filter-out src/thermolit.c,$(filter src/%.c,$(TANGLED)))
LIB_OBJ := $(LIB_SRC:src/%.c=build/obj/%.o)
TEST_SRC := $(filter-out tests/fuzz-%,$(filter tests/%.c,$(TANGLED)))
TEST_OBJ := $(TEST_SRC:tests/%.c=build/obj/%.o)

# The commit the book names on its title page; rewritten only when it changes.
.PHONY: FORCE
build/commit.tex: FORCE
	@mkdir -p build
	@c=$$(git describe --always --dirty 2>/dev/null || echo unknown); \
	printf '\\texttt{%s}\n' "$$c" | cpif build/commit.tex

build/obj/%.o: src/%.c
	@mkdir -p build/obj
	$(CC) $(ALL_CFLAGS) -c $< -o $@
# The tests are compiled without optimization: their own code is light, as the computing is the
# library's (compiled at -O2). At -O0 the ten test files took 5.6 s of CPU to compile instead of
# 16 s, and the test binary ran as long (46.4 and 46.5 s, two paired runs on a quiet machine).
# The sanitized build (check-sanitize) compiles them at -O1.
$(TEST_OBJ): CFLAGS = -O0 -g
build/obj/%.o: tests/%.c
	@mkdir -p build/obj
	$(CC) $(ALL_CFLAGS) -c $< -o $@

build/libthermolit.a: $(LIB_OBJ)
	rm -f $@ && ar rcs $@ $^

bin/thermolit: build/obj/thermolit.o build/libthermolit.a
	@mkdir -p bin
	$(CC) -fopenmp $^ -o $@ $(LDLIBS)

build/test-thermolit: $(TEST_OBJ) build/libthermolit.a
	$(CC) -fopenmp $^ -o $@ -lcriterion $(LDLIBS)

-include $(wildcard build/obj/*.d)

# ---------------------------------------------------------------- tests
.PHONY: check test
check:
	@$(MAKE) --no-print-directory deps
	@$(MAKE) --no-print-directory -j$(THREADS) tangle
	@$(MAKE) --no-print-directory check-tangle check-width check-anchors check-layers
	@$(MAKE) --no-print-directory -j$(THREADS) test

# No code line of a chapter is wider than the printed page: paper.tex sets code at 9 pt
# in a 17 cm text block, which holds CODE_COLUMNS columns of it after noweb's margin.
CODE_COLUMNS := 100
.PHONY: check-width
check-width:
	@awk -v W=$(CODE_COLUMNS) '/^<<.*>>=$$/ { code = 1; next } /^@( |$$)/ { code = 0; next } \
	  code && length($$0) > W { printf "%s:%d: code line of %d columns (at most %d)\n", \
	    FILENAME, FNR, length($$0), W; bad = 1 } \
	  END { if (bad) exit 1; print "check-width: every code line fits in " W " columns" }' $(NW) >&2

# The whole suite under AddressSanitizer and UndefinedBehaviorSanitizer: the library, the
# program and the tests built apart under build/san, every undefined behaviour fatal, and every
# claim a test reads run afresh in the test's process (not read from the ledger). The one
# leak suppressed is Criterion's own runner's (an allocation of libcriterion at exit).
SAN_FLAGS = -std=gnu11 -fopenmp -Isrc -Itests $(SOURCE_DIR) $(MPI_CFLAGS) -O1 -g -fno-omit-frame-pointer \
  -fsanitize=address,undefined -fno-sanitize-recover=undefined
.PHONY: check-sanitize
check-sanitize: $(LIB_SRC) $(TEST_SRC) src/thermolit.c reports/ledger.tex
	@mkdir -p build/san
	$(CC) $(SAN_FLAGS) $(LIB_SRC) src/thermolit.c -o build/san/thermolit $(LDLIBS)
	$(CC) $(SAN_FLAGS) $(LIB_SRC) $(TEST_SRC) -o build/san/test-thermolit -lcriterion $(LDLIBS)
	printf 'leak:libcriterion.so\n' > build/san/lsan.supp
	THERMOLIT=build/san/thermolit THERMOLIT_RERUN_CLAIMS=1 ASAN_OPTIONS=detect_leaks=1 \
	  UBSAN_OPTIONS=print_stacktrace=1 \
	  LSAN_OPTIONS=suppressions=build/san/lsan.supp build/san/test-thermolit --jobs $(THREADS)

# libFuzzer on the command line's argument and number parser, for FUZZ_SECONDS seconds; the
# corpus and any crashing input stay under build/fuzz.
FUZZ_SECONDS ?= 600
.PHONY: fuzz
fuzz: fuzz-deps $(LIB_SRC) src/thermolit.c tests/fuzz-args.c
	@mkdir -p build/fuzz/corpus
	clang -std=gnu11 -fopenmp -Isrc $(SOURCE_DIR) $(MPI_CFLAGS) -g -O1 -fsanitize=fuzzer,address,undefined \
	  tests/fuzz-args.c $(LIB_SRC) -o build/fuzz/fuzz-args $(LDLIBS)
	cd build/fuzz && ASAN_OPTIONS=detect_leaks=0 ./fuzz-args -fork=1 -ignore_ooms=1 \
	  -max_total_time=$(FUZZ_SECONDS) \
	  -detect_leaks=0 -timeout=20 -max_len=256 corpus > fuzz.log 2>&1; status=$$?; \
	  tail -n 5 fuzz.log; exit $$status

# The property test of the command line walks a seeded sample of the domains' edges in
# `make check'; this walks all of them (a few minutes).
.PHONY: check-edges
check-edges: bin/thermolit build/test-thermolit
	THERMOLIT=bin/thermolit THERMOLIT_FULL_WALK=1 build/test-thermolit --jobs $(THREADS) \
	  --filter 'ledger/domain_edges_*'

# The layers: a paper's files include only their own headers and the kernel's, and the
# kernel's files (and the program) include no paper's header, so no #include cycle can form.
.PHONY: check-layers
check-layers:
	@awk -v papers=" $(PAPERS) " 'FNR == 1 { own = FILENAME; sub(/^.*\//, "", own); sub(/[-.].*/, "", own) } \
	  /^#include "/ { h = $$2; gsub(/"/, "", h); other = h; sub(/[-.].*/, "", other); \
	    if (index(papers, " " other " ") && other != own) { \
	      printf "check-layers: %s includes %s, the header of another paper\n", FILENAME, h; bad = 1 } } \
	  END { if (bad) exit 1; print "check-layers: no file includes another paper\047s header" }' \
	  src/*.c src/*.h >&2

# Every claim of the ledger is argued at exactly one place, marked \claim{id} in its chapter.
.PHONY: check-anchors
check-anchors: bin/thermolit
	@{ bin/thermolit list | cut -f1 | sed 's/^/claim /'; \
	   grep -oh '\\claim{[^}]*}' $(NW) | sed 's/^\\claim{\(.*\)}$$/anchor \1/'; } | \
	awk '$$1 == "claim" { id[++n] = $$2; next } { count[$$2]++ } \
	  END { for (i = 1; i <= n; i++) if (count[id[i]] != 1) { bad = 1; \
	          printf "check-anchors: \\claim{%s} appears %d times in noweb/*.nw (once, please)\n", \
	                 id[i], count[id[i]] } \
	        if (bad) exit 1; print "check-anchors: every claim is anchored once" }' >&2

# The tests read the ledger the build wrote (reports/ledger.json) rather than run every claim a
# second time; it is brought up to date first, which reruns only the papers whose code changed
# (after the program is built, so that no chapter's locked make compiles it at the same time).
test: bin/thermolit build/test-thermolit
	@$(MAKE) --no-print-directory -j$(THREADS) reports/ledger.tex
	THERMOLIT=bin/thermolit build/test-thermolit --jobs $(THREADS)

# ---------------------------------------------------------------- report
# Each paper's results (reports/PAPER.json, and its figure data) are a target of their own.
# They depend on what the code computes, not on when it was compiled: build/sum/CHAPTER.sum is
# a checksum of the chapter's tangled sources without their #line directives, rewritten only
# when it changes, so an edit of prose (which moves #line) reruns nothing. A paper's results
# depend on its own sum and the kernel's. The program is brought up to date only when some
# result must be recomputed (under a lock, as two chapters may ask at once), so a prose edit
# does not even recompile it.
FIGURES := $(filter-out figures/style.gp,$(filter figures/%.gp,$(TANGLED)))
FIGURE_TEX := $(FIGURES:figures/%.gp=build/figures/%.tex)
sources-of = $(filter src/%.c src/%.h,$(foreach r,$(ROOTS_$1),$(call dest,$r)))
KERNEL_SUMS := $(KERNEL:%=build/sum/%.sum)
# The program, brought up to date under the lock by a make of its own with all the cores: the
# recipes that wait for the lock hold the parent's job slots, so a make that shared them would
# compile one file at a time.
build-program = env -u MAKEFLAGS -u MFLAGS $(MAKE) --no-print-directory -j$(THREADS) bin/thermolit
# Costliest first (as measured), so that `make -j2` starts the long ones at once and the
# short ones fill the cores at the end; a paper not in the list comes last.
COSTLIEST := denseam rebooting learning landauer review
REPORT_JSON := $(patsubst %,reports/%.json,$(filter $(PAPERS),$(COSTLIEST)) \
  $(filter-out $(COSTLIEST),$(PAPERS)))

# The checksums are made by a pattern rule, which would make them intermediate files that
# make deletes after each run (and rebuilds, with new times, on the next): keep them.
.SECONDARY: $(CHAPTERS:%=build/sum/%.sum)
build/sum/%.sum: build/tangle/%.stamp
	@mkdir -p build/sum; s=$$(cat $(call sources-of,$*) | grep -v '^#line ' | sha256sum); \
	  [ "$$s" = "$$(cat $@ 2>/dev/null)" ] || echo "$$s" > $@

# Two reports run at once under -j2, each with THREADS threads: more threads than cores. An
# OpenMP thread that waits spins by default, taking a core from the other report; told to
# sleep instead (OMP_WAIT_POLICY=passive), two reports side by side took 17 s instead of 21 s.
# The results are the same bits either way.
reports/%.json: build/sum/%.sum $(KERNEL_SUMS)
	@mkdir -p build reports
	@flock build/.program.lock $(build-program)
	OMP_WAIT_POLICY=passive bin/thermolit report $* --out reports --threads $(THREADS)

reports/ledger.tex: $(REPORT_JSON)
	@flock build/.program.lock $(build-program)
	bin/thermolit report --merge --out reports

build/figures/%.tex: figures/%.gp figures/style.gp
	@mkdir -p build/figures
	gnuplot -e "outfile='$@'" $<
$(foreach c,$(PAPERS),$(eval $(filter build/figures/$c-%,$(FIGURE_TEX)): reports/$c.json))

# One weave of every chapter, so that the chunk index and cross-references span the book;
# two one-line documentation files name the parts in the table of contents (a part page
# of its own would be a page left empty).
build/chapters.tex: $(NW)
	@mkdir -p build/parts
	echo '\addcontentsline{toc}{part}{The papers}' > build/parts/papers.nw
	echo '\addcontentsline{toc}{part}{The kernel}' > build/parts/kernel.nw
	noweave -n -index build/parts/papers.nw $(PAPERS:%=noweb/%.nw) \
	  build/parts/kernel.nw $(KERNEL:%=noweb/%.nw) > $@

paper.pdf: paper.tex build/chapters.tex build/commit.tex reports/ledger.tex $(FIGURE_TEX) \
  $(wildcard reports/calibration.tex)
	latexmk -g -pdf -interaction=nonstopmode -halt-on-error -output-directory=build -quiet paper.tex
	cp build/paper.pdf $@

# Every stochastic claim rerun on CALIBRATE_SEEDS seeds, its z-scores tested against N(0,1)
# (about 45 minutes on 2 cores, so not part of `make'); the book prints the table it writes.
CALIBRATE_SEEDS ?= 200
.PHONY: calibrate
calibrate:
	@$(MAKE) --no-print-directory deps
	@$(MAKE) --no-print-directory tangle
	@$(MAKE) --no-print-directory bin/thermolit
	bin/thermolit calibrate --seeds $(CALIBRATE_SEEDS) --threads $(THREADS) --out reports
	@$(MAKE) --no-print-directory all

.PHONY: all
# The tangle refuses to overwrite a tangled file edited by hand, so the build needs no
# check-tangle of its own (`make check` runs it, for committed drift and orphans).
all:
	@$(MAKE) --no-print-directory deps
	@$(MAKE) --no-print-directory -j$(THREADS) tangle
	@$(MAKE) --no-print-directory -j$(THREADS) paper.pdf

# ---------------------------------------------------------------- benchmarks
# Every bench/bench-*.c program and bench/*.py peer script prints lines
#   tool  what  size  precision  median_s  min_s  max_s  note
# which are joined on (what, size, precision): ours beside the peer's.
BENCH_BIN := $(patsubst bench/%.c,build/%,$(filter bench/%.c,$(TANGLED)))
BENCH_PY := $(filter bench/%.py,$(TANGLED))
BENCH_SH := $(filter bench/%.sh,$(TANGLED))
BENCH_RUNS ?= 5

.PHONY: bench
bench: bench-deps $(BENCH_BIN) bin/thermolit reports/ledger.tex
	@mkdir -p reports
	{ for b in $(BENCH_BIN); do $$b $(BENCH_RUNS); done; \
	  for p in $(BENCH_PY); do /usr/bin/python3 $$p $(BENCH_RUNS); done; \
	  for b in $(BENCH_SH); do bash $$b $(BENCH_RUNS); done; } | \
	awk -F'\t' -v OFS='\t' '$$1 == "thermolit" { k = $$2 OFS $$3 OFS $$4; ours[k] = $$5 OFS $$6 OFS $$7 OFS $$8; key[++n] = k; next } \
	  { peer[$$2 OFS $$3 OFS $$4] = $$1 OFS $$5 OFS $$6 OFS $$7 OFS $$8 } \
	  END { print "what", "size", "precision", "median_s", "min_s", "max_s", "note", \
	              "peer", "peer_median_s", "peer_min_s", "peer_max_s", "peer_note"; \
	        for (i = 1; i <= n; i++) print key[i], ours[key[i]], (key[i] in peer) ? peer[key[i]] : "-" }' \
	  > reports/bench.tsv.tmp || { rm -f reports/bench.tsv.tmp; exit 1; }
	mv reports/bench.tsv.tmp reports/bench.tsv
	@cat reports/bench.tsv

build/bench-%: bench/bench-%.c bench/bench-common.h build/libthermolit.a
	$(CC) $(ALL_CFLAGS) $(filter-out %.h,$^) -o $@ $(LDLIBS)

.PHONY: clean
clean:
	rm -rf build bin reports paper.pdf
