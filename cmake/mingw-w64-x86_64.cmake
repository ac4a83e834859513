# Cross-compiling for 64-bit Windows with Debian's MinGW-w64 compilers (the
# -posix variants: std::thread and std::mutex need winpthreads).
#
#   cmake -S . -B build-windows -G Ninja \
#         -DCMAKE_TOOLCHAIN_FILE=cmake/mingw-w64-x86_64.cmake
#
# Libraries and Qt are looked up only under the prefix that
# scripts/windows-toolchain.sh installs into (TWINNING_MINGW_PREFIX, by default
# ~/.cache/twinning-mingw) and under the MinGW-w64 runtime's own root; programs
# (moc, rcc, pkg-config) are the build machine's.
set(CMAKE_SYSTEM_NAME Windows)
set(CMAKE_SYSTEM_PROCESSOR x86_64)

set(_twinning_triplet x86_64-w64-mingw32)
set(CMAKE_C_COMPILER ${_twinning_triplet}-gcc-posix)
set(CMAKE_CXX_COMPILER ${_twinning_triplet}-g++-posix)
set(CMAKE_RC_COMPILER ${_twinning_triplet}-windres)
set(CMAKE_AR ${_twinning_triplet}-gcc-ar-posix CACHE FILEPATH "Archiver")
set(CMAKE_RANLIB ${_twinning_triplet}-gcc-ranlib-posix CACHE FILEPATH "Ranlib")

if(NOT TWINNING_MINGW_PREFIX)
    if(DEFINED ENV{TWINNING_MINGW_PREFIX} AND NOT "$ENV{TWINNING_MINGW_PREFIX}" STREQUAL "")
        set(TWINNING_MINGW_PREFIX "$ENV{TWINNING_MINGW_PREFIX}")
    else()
        set(TWINNING_MINGW_PREFIX "$ENV{HOME}/.cache/twinning-mingw")
    endif()
endif()
# try_compile projects read this file again: hand them the same prefix.
list(APPEND CMAKE_TRY_COMPILE_PLATFORM_VARIABLES TWINNING_MINGW_PREFIX)

list(APPEND CMAKE_FIND_ROOT_PATH "${TWINNING_MINGW_PREFIX}" /usr/${_twinning_triplet})
set(CMAKE_FIND_ROOT_PATH_MODE_PROGRAM NEVER)
set(CMAKE_FIND_ROOT_PATH_MODE_LIBRARY ONLY)
set(CMAKE_FIND_ROOT_PATH_MODE_INCLUDE ONLY)
set(CMAKE_FIND_ROOT_PATH_MODE_PACKAGE ONLY)

# pkg-config sees the prefix's .pc files and none of the build machine's.
set(ENV{PKG_CONFIG_LIBDIR} "${TWINNING_MINGW_PREFIX}/lib/pkgconfig")
set(ENV{PKG_CONFIG_PATH} "")
set(ENV{PKG_CONFIG_SYSROOT_DIR} "")
