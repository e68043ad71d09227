# atsetl — the two commands a new user needs are `make run` and `make test`.
SWIFT ?= swift
CONFIG ?= pipeline.json

.PHONY: run test build setup bench fuzz clean

## Install what is missing, build in release mode and run the nightly job on input/.
run: setup
	$(SWIFT) build -c release --product atsetl
	.build/release/atsetl run $(CONFIG)

## Install what is missing and run every test.
test: setup
	$(SWIFT) test

## Release build only.
build: setup
	$(SWIFT) build -c release --product atsetl

## Install libxml2-dev and pkg-config when pkg-config cannot find libxml-2.0.
setup:
	@bash scripts/setup.sh

## Benchmarks (release build): the number grammar alone over report prose.
bench: setup
	bash scripts/bench.sh

## Fuzzing (libFuzzer + AddressSanitizer): each fuzz target in Fuzz/ for FUZZ_SECONDS (default 60).
fuzz: setup
	bash scripts/fuzz.sh $(FUZZ_SECONDS)

clean:
	rm -rf .build output/*.csv output/*.json .atsetl
