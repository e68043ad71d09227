// libFuzzer's driver, for the fuzz targets' `main` (Fuzz/Support/FuzzMain.swift).
//
// No library is linked here: `-sanitize=fuzzer` (scripts/fuzz.sh) links libFuzzer, and only
// a build with `-D FUZZING` calls this function, so a normal build never needs the symbol.
#include <stddef.h>
#include <stdint.h>

/// Runs libFuzzer with the command line in `argc`/`argv`, calling `test_one_input` per input.
int LLVMFuzzerRunDriver(int *argc, char ***argv,
                        int (*test_one_input)(const uint8_t *data, size_t size));
