#include "tools/productcatalog.h"

namespace {

using P = DemoProduct;
using R = ProductRisk;

// Ordered by account: A-shares (incl. ST and STAR), bonds, funds, HK stocks, options.
constexpr DemoProduct kProducts[] = {
    // A-shares, main board and ChiNext
    {"600519", u"贵州茅台", P::Stock, R::R3, 1480000},
    {"601318", u"中国平安", P::Stock, R::R3, 52300},
    {"600036", u"招商银行", P::Stock, R::R3, 41200},
    {"000858", u"五粮液", P::Stock, R::R3, 128500},
    {"000333", u"美的集团", P::Stock, R::R3, 74800},
    {"600900", u"长江电力", P::Stock, R::R3, 28600},
    {"601398", u"工商银行", P::Stock, R::R3, 7200},
    {"002594", u"比亚迪", P::Stock, R::R3, 286000},
    {"300750", u"宁德时代", P::Stock, R::R4, 265000},
    {"300059", u"东方财富", P::Stock, R::R4, 23400},
    {"300760", u"迈瑞医疗", P::Stock, R::R4, 238000},
    {"601012", u"隆基绿能", P::Stock, R::R3, 18900},
    // ST and *ST (invented names)
    {"600898", u"ST 华信达", P::StStock, R::R5, 2150},
    {"000971", u"*ST 恒润科", P::StStock, R::R5, 1380},
    {"002260", u"ST 金鼎智", P::StStock, R::R5, 3040},
    {"603157", u"*ST 远帆", P::StStock, R::R5, 970},
    // STAR Market (科创板)
    {"688981", u"中芯国际", P::StarStock, R::R4, 89500},
    {"688111", u"金山办公", P::StarStock, R::R4, 268000},
    {"688012", u"中微公司", P::StarStock, R::R4, 176000},
    {"688599", u"天合光能", P::StarStock, R::R4, 17600},
    // Bonds
    {"019733", u"24国债01", P::Bond, R::R1, 101250},
    {"019742", u"24国债10", P::Bond, R::R1, 100480},
    {"113052", u"兴业转债", P::Bond, R::R3, 118300},
    {"127045", u"牧原转债", P::Bond, R::R3, 124700},
    // Funds
    {"511990", u"华宝添益货币ETF", P::Fund, R::R1, 100010},
    {"000198", u"天弘余额宝货币", P::Fund, R::R1, 1000},
    {"110017", u"易方达增强回报债券A", P::Fund, R::R2, 1421},
    {"510300", u"沪深300ETF", P::Fund, R::R3, 3980},
    {"510500", u"中证500ETF", P::Fund, R::R3, 5960},
    {"161725", u"招商中证白酒指数", P::Fund, R::R4, 1032},
    {"588000", u"科创50ETF", P::Fund, R::R4, 1045},
    // HK stocks through Stock Connect (prices in HKD)
    {"00700", u"腾讯控股", P::HkStock, R::R4, 418000},
    {"09988", u"阿里巴巴-W", P::HkStock, R::R4, 86500},
    {"03690", u"美团-W", P::HkStock, R::R4, 152000},
    {"00941", u"中国移动", P::HkStock, R::R4, 76200},
    // Options (ETF options, buyer positions)
    {"10007891", u"50ETF购12月2800", P::Option, R::R5, 128},
    {"10007902", u"300ETF沽12月3900", P::Option, R::R5, 356},
};

template<size_t From, size_t To> std::span<const DemoProduct> range()
{
    return std::span<const DemoProduct>(kProducts + From, kProducts + To);
}

} // namespace

std::span<const DemoProduct> ProductCatalog::all()
{
    return kProducts;
}

std::span<const DemoProduct> ProductCatalog::forAccount(AccountKind kind)
{
    switch (kind) {
    case AccountKind::Cash:
        return range<0, 24>(); // shares and bonds
    case AccountKind::Margin:
        return range<0, 12>(); // 融资融券 targets: no ST, no bonds
    case AccountKind::Fund:
        return range<24, 31>();
    case AccountKind::HkConnect:
        return range<31, 35>();
    case AccountKind::Options:
        return range<35, 37>();
    }
    return {};
}
