# One INTERFACE target carries the language level, the warnings and the Qt safety
# defines; every target of the project links it, so no target can drift.
add_library(twinning_options INTERFACE)
target_compile_features(twinning_options INTERFACE cxx_std_20)
target_compile_options(twinning_options INTERFACE
    -Wall -Wextra -Wpedantic -Wold-style-cast -Wnon-virtual-dtor -Wshadow=local)
if(TWINNING_WERROR)
    target_compile_options(twinning_options INTERFACE -Werror)
endif()
target_compile_definitions(twinning_options INTERFACE
    QT_NO_CAST_FROM_ASCII
    QT_NO_CAST_TO_ASCII
    QT_NO_CAST_FROM_BYTEARRAY
    QT_NO_CONTEXTLESS_CONNECT
    QT_NO_URL_CAST_FROM_STRING
    QT_USE_QSTRINGBUILDER
    QT_DISABLE_DEPRECATED_UP_TO=0x060400
    QT_STRICT_ITERATORS
    TWINNING_VERSION="${PROJECT_VERSION}")
if(TWINNING_SANITIZE)
    # -O1 -g1 (after the build type's -O2 -g, so they win): instrumented code at
    # -O2 with full debug information takes minutes per file to compile, and
    # line tables are all a sanitizer's stack trace needs.
    target_compile_options(twinning_options INTERFACE
        -fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=undefined
        -O1 -g1)
    target_link_options(twinning_options INTERFACE -fsanitize=address,undefined)
endif()
if(TWINNING_BUILD_FUZZERS)
    if(NOT CMAKE_CXX_COMPILER_ID MATCHES "Clang")
        message(FATAL_ERROR "TWINNING_BUILD_FUZZERS needs clang (CXX=clang++)")
    endif()
    target_compile_options(twinning_options INTERFACE -fsanitize=fuzzer-no-link)
endif()
