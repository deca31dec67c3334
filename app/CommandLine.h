#pragma once

#include "base/config/Config.h"

#include <QString>
#include <QStringList>

#include <optional>

// What the command line asked for, parsed before any Q*Application exists so that the mode
// decides which application object is created (the daemon never creates a QApplication).
struct CommandLine
{
    enum class Mode { Workstation, Daemon, CheckConfig, ConfigExample, Subcommand, Help, Version };
    // `virtuoso` (the desktop program, also --daemon) or `virtuosod` (headless: the daemon by default,
    // no workstation options).
    enum class Program { Desktop, Headless };

    Mode mode = Mode::Workstation;
    QString subcommand;              // "sim", ... for Mode::Subcommand
    QStringList subcommandArguments; // everything after the subcommand name
    virtuoso::Config::LoadOptions configOptions;
    QString language;            // --lang
    bool liveConfirmed = false;  // --confirm-live "I ACCEPT LIVE TRADING" (daemon, live venue)
    bool insecureListen = false; // --insecure-listen (daemon: API off loopback without token/TLS)
    QStringList remoteUrls;      // --remote (repeatable): daemons the workstation watches
    QStringList tokenFiles;      // --token-file: one for all remotes, or one per remote
    QStringList caFiles;         // --ca-file: likewise
    bool local = false;          // --local: the in-process core too, next to --remote
    QString helpText;
    QString error; // non-empty: print it and exit with ExitUsage

    // `subcommands` are the names that take over all further arguments (e.g. "sim").
    static CommandLine parse(const QStringList &arguments, const QStringList &subcommands,
                             Program program = Program::Desktop);
};
