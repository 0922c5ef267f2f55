#pragma once

#include <QString>

#include <stdexcept>

// A database failure the request cannot recover from: answered 500, logged without values.
class DbError : public std::runtime_error
{
public:
    explicit DbError(const QString &what) : std::runtime_error(what.toStdString()) { }
};
