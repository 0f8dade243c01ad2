# Two commands on a fresh clone: `make run` and `make test`. Everything else is a helper.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed

.PHONY: install compile run test bench bench-text bench-language browser-check dashboard train-entities eval-entities eval clean

install: $(STAMP)

# Rebuild the venv only when the dependency pins or the project metadata change.
$(STAMP): pyproject.toml constraints.txt
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -c constraints.txt -e '.[dev]'
	touch $(STAMP)

# The project's own modules compiled ahead: where PYTHONDONTWRITEBYTECODE is set (as on our build
# machines), nothing else writes their .pyc, and every `baozhi run` compiled ~60 modules again before
# doing anything (~0.3 s of its start-up). Up to date, this step is a stat per file (~0.1 s).
PACKAGES := baozhi flows transforms expectations warehouse bench dashboard
compile: install
	@$(BIN)/python -m compileall -q $(PACKAGES)

run: compile
	$(BIN)/baozhi run

test: compile
	$(BIN)/python -m pytest -q

bench: compile
	$(BIN)/baozhi bench --years 10 --papers 1

# Real text laid out as issue files (not in the repository: read from beside the checkout).
TEXT ?= ../shared/corpora/sighan2005-news
ROUNDS ?= 3
bench-text: compile
	$(BIN)/baozhi bench --text $(TEXT) --rounds $(ROUNDS)

bench-language: compile
	$(BIN)/python -m bench.language

# The dashboard on ./data (after `make run`): http://127.0.0.1:8501
dashboard: compile
	$(BIN)/baozhi dashboard

# The dashboard in headless Chromium with the network closed (see tests/dashboard/browser_check.py).
# Debian's chromium and a CJK font are installed when missing (root, apt-get); screenshots/ gets the pictures.
browser-check: install
	@command -v chromium >/dev/null || (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium)
	@fc-list :lang=zh | grep -q . || (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq fonts-noto-cjk)
	$(BIN)/python -m tests.dashboard.browser_check --out screenshots

# The entity model (transforms/dicts/entities.crf.tsv) from the labelled corpora, which are read
# from CORPORA and never committed. eval-entities: 5-fold figures on the People's Daily dev split.
CORPORA ?= ../shared/corpora
NER_DEV  := $(CORPORA)/peoples-daily-ner/dev.bio
NER_MSRA := $(CORPORA)/msra-ner/sighan2006-msra-test.bio

train-entities: install
	$(BIN)/baozhi train-entities --bio $(NER_DEV) --bio $(NER_MSRA)

eval-entities: install
	$(BIN)/baozhi eval-entities --bio $(NER_DEV) --kfold 5 --train-bio $(NER_MSRA)

# Parser quality: the samples' goldens, the held-out cases, and pages rendered from a corpus of
# marked-up articles (read from CORPUS, written under EVAL, never committed). SPLIT=test scores
# the days the parser was not tuned on; SPLIT=fit the days it was.
CORPUS ?= $(CORPORA)/peoples-daily-dev
EVAL   ?= data/eval
SPLIT  ?= test
eval: compile
	$(BIN)/baozhi eval --gold tests/transforms/golden --text samples/liaoyuan-daily
	$(BIN)/baozhi eval --gold tests/transforms/heldout/cases
	@if [ -d "$(CORPUS)" ]; then \
	  rm -rf $(EVAL)/$(SPLIT)-clean $(EVAL)/$(SPLIT)-damaged $(EVAL)/$(SPLIT)-issues && \
	  $(BIN)/baozhi render --corpus $(CORPUS) --split $(SPLIT) --out $(EVAL)/$(SPLIT)-clean >/dev/null && \
	  $(BIN)/baozhi render --corpus $(CORPUS) --split $(SPLIT) --out $(EVAL)/$(SPLIT)-damaged --damage 1 >/dev/null && \
	  $(BIN)/baozhi render --corpus $(CORPUS) --split $(SPLIT) --out $(EVAL)/$(SPLIT)-issues --issues >/dev/null && \
	  $(BIN)/baozhi eval --gold $(EVAL)/$(SPLIT)-clean && \
	  $(BIN)/baozhi eval --gold $(EVAL)/$(SPLIT)-damaged && \
	  $(BIN)/baozhi eval --gold $(EVAL)/$(SPLIT)-issues; \
	else echo "no corpus at $(CORPUS) (CORPUS=…): rendered sets skipped"; fi

clean:
	rm -rf $(VENV) data screenshots
