#include "core/mutation.h"

// clang-format off
#define ENUM_TABLE(E, ...)                                                                                   \
    template<>                                                                                               \
    std::span<const EnumEntry<E>> EnumTable<E>::entries()                                                    \
    {                                                                                                        \
        static const EnumEntry<E> table[] = {__VA_ARGS__};                                                   \
        return table;                                                                                        \
    }

ENUM_TABLE(MutationOp,
           {MutationOp::Create, "create", QT_TRANSLATE_NOOP("Enum", "Create")}, // 新建
           {MutationOp::Update, "update", QT_TRANSLATE_NOOP("Enum", "Update")}, // 修改
           {MutationOp::Delete, "delete", QT_TRANSLATE_NOOP("Enum", "Delete")}) // 删除
// clang-format on
