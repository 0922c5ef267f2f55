#pragma once

// For the .cpp files that define an enum's table (enums.cpp, entitytype.cpp, mutation.cpp):
// one spelling of the EnumTable<E>::entries() specialisation, so every table is built the
// same way. Not for other headers: a table is defined once, in one translation unit.

#include "core/enums.h"

// clang-format off
#define ENUM_TABLE(E, ...)                                                                                   \
    template<>                                                                                               \
    std::span<const EnumEntry<E>> EnumTable<E>::entries()                                                    \
    {                                                                                                        \
        static const EnumEntry<E> table[] = {__VA_ARGS__};                                                   \
        return table;                                                                                        \
    }
// clang-format on
