// `virtuosod`: the headless core for servers. It links virtuoso_core only — no Widgets, Charts,
// OpenGL or Gui — so a server needs no display libraries (the package test checks with ldd).
#include "CommandDispatch.h"

int main(int argc, char **argv)
{
    return virtuoso::app::runProgram(argc, argv, CommandLine::Program::Headless, {});
}
