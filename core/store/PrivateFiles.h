#pragma once

#include <QString>

namespace virtuoso::store {

// What the store writes is the operator's business alone: folders it creates are 0700 and its
// database files 0600 (SQLite gives the -wal and -shm files the database's mode).

// Creates every missing folder of `path` with mode 0700; true when `path` is a folder afterwards.
bool makePrivateDirectories(const QString &path);
// Creates `path` if it is missing and sets its mode to 0600; false with errno set otherwise.
bool makePrivateFile(const QString &path);

} // namespace virtuoso::store
