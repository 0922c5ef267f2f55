#pragma once

#include "core/enums.h"

#include <span>

// A product the demo customers hold or trade, with the risk level the firm rates it.
struct DemoProduct
{
    enum Kind { Stock, StStock, StarStock, Bond, Fund, HkStock, Option };

    const char *code;
    const char16_t *name;
    Kind kind;
    ProductRisk risk;
    qint64 priceMilli; // last price in 0.001 CNY (HKD for HK stocks)
};

// The demo's product universe. Listed A-shares and funds keep their real codes and
// names; the ST names are invented, so no real company is shown as distressed.
class ProductCatalog
{
public:
    static std::span<const DemoProduct> all();
    // Products a customer can hold in an account of this kind.
    static std::span<const DemoProduct> forAccount(AccountKind kind);
    static bool isSt(const DemoProduct &product) { return product.kind == DemoProduct::StStock; }
};
