# One INTERFACE target carries the compiler settings every target of the project shares.
add_library(virtuoso_build_flags INTERFACE)
add_library(virtuoso::build_flags ALIAS virtuoso_build_flags)

target_compile_options(virtuoso_build_flags INTERFACE
    -Wall -Wextra -Wpedantic
    -Wnon-virtual-dtor -Woverloaded-virtual -Wcast-align -Wnull-dereference
    $<$<BOOL:${VIRTUOSO_WERROR}>:-Werror>)

target_compile_definitions(virtuoso_build_flags INTERFACE
    QT_NO_NARROWING_CONVERSIONS_IN_CONNECT
    QT_NO_URL_CAST_FROM_STRING
    QT_NO_FOREACH
    QT_DISABLE_DEPRECATED_BEFORE=0x060400
    VIRTUOSO_VERSION="${PROJECT_VERSION}")

# VIRTUOSO_SANITIZE: a sanitizer build of everything (libraries, programs, tests), run with
# scripts/sanitize.sh (docs/testing.md, "Sanitizers"). "address;undefined" or "thread"; empty (the
# default) builds without. The flags apply to every target of the project, so the programs the tests
# start (virtuoso, virtuosod) are instrumented as well.
set(VIRTUOSO_SANITIZE "" CACHE STRING "Sanitizers to build with: empty, \"address;undefined\" or \"thread\"")
set_property(CACHE VIRTUOSO_SANITIZE PROPERTY STRINGS "" "address;undefined" "thread")
# Test timeouts are multiplied by this factor: instrumented code runs several times slower.
set(VIRTUOSO_TEST_TIMEOUT_SCALE 1)
if(VIRTUOSO_SANITIZE)
    set(_sanitizers ${VIRTUOSO_SANITIZE})
    list(SORT _sanitizers)
    if(_sanitizers STREQUAL "address;undefined")
        set(VIRTUOSO_TEST_TIMEOUT_SCALE 3)
    elseif(_sanitizers STREQUAL "thread")
        set(VIRTUOSO_TEST_TIMEOUT_SCALE 5)
    else()
        message(FATAL_ERROR "VIRTUOSO_SANITIZE must be \"address;undefined\" or \"thread\", not \"${VIRTUOSO_SANITIZE}\"")
    endif()
    if(VIRTUOSO_FUZZ)
        message(FATAL_ERROR "VIRTUOSO_SANITIZE and VIRTUOSO_FUZZ are separate builds")
    endif()
    list(JOIN _sanitizers "," _sanitize_list)
    # Undefined behaviour ends the process (and fails the test) instead of printing and going on.
    add_compile_options(-fsanitize=${_sanitize_list} -fno-omit-frame-pointer)
    if("undefined" IN_LIST _sanitizers)
        add_compile_options(-fno-sanitize-recover=undefined)
    endif()
    add_link_options(-fsanitize=${_sanitize_list})
endif()
