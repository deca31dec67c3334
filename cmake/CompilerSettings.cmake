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
