#pragma once
// The names of an enum's values, listed in the order the enum declares them, for the *Name() functions and
// the parsers that read the names back. enumNames() refuses to compile a list that is shorter or longer than
// the enum, as a switch without a default did (-Wswitch): a new enumerator needs its name before anything
// builds.

#include <cstddef>
#include <optional>
#include <string_view>
#include <type_traits>
#include <utility>

namespace heapfix {

// ASCII letters only, whatever the locale (a Turkish one would make "reg_sz" no REG_SZ).
constexpr bool equalsIgnoringAsciiCase(std::string_view a, std::string_view b) {
    const auto lower = [](char c) {
        return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c;
    };
    if (a.size() != b.size())
        return false;
    for (std::size_t i = 0; i < a.size(); ++i)
        if (lower(a[i]) != lower(b[i]))
            return false;
    return true;
}

template <typename Enum, std::size_t N>
class EnumNames {
public:
    // names[i] names the enumerator whose value is i.
    constexpr EnumNames(const std::string_view (&names)[N], std::string_view fallback)
        : fallback_(fallback) {
        for (std::size_t i = 0; i < N; ++i)
            names_[i] = names[i];
    }

    // The fallback for a value no enumerator has (a number cast to the enum).
    constexpr std::string_view name(Enum value) const {
        const auto index = static_cast<std::size_t>(value);
        return index < N ? names_[index] : fallback_;
    }

    constexpr std::optional<Enum> find(std::string_view name) const {
        for (std::size_t i = 0; i < N; ++i)
            if (names_[i] == name)
                return static_cast<Enum>(i);
        return std::nullopt;
    }

    constexpr std::optional<Enum> findIgnoringCase(std::string_view name) const {
        for (std::size_t i = 0; i < N; ++i)
            if (equalsIgnoringAsciiCase(names_[i], name))
                return static_cast<Enum>(i);
        return std::nullopt;
    }

private:
    std::string_view names_[N]{};
    std::string_view fallback_;
};

namespace enum_names_detail {

// Whether Value is one of its enum's enumerators: C++20 cannot ask, but every compiler spells a template
// argument that is an enumerator by its name ("heapfix::ErrorCode::Busy") and any other value as a cast
// ("(heapfix::ErrorCode)12"; MSVC "(enum heapfix::ErrorCode)0xc"), so the text that ends the signature starts
// with a letter only for an enumerator.
template <auto Value>
constexpr bool isEnumerator() {
#if defined(_MSC_VER) && !defined(__clang__)
    constexpr std::string_view signature = __FUNCSIG__;
    constexpr std::string_view end = ">(void)";
#else
    constexpr std::string_view signature = __PRETTY_FUNCTION__;
    constexpr std::string_view end = "]";
#endif
    constexpr std::string_view argument = signature.substr(0, signature.size() - end.size());
    constexpr char first = argument[argument.find_last_of(" :)") + 1];
    return (first >= 'A' && first <= 'Z') || (first >= 'a' && first <= 'z') || first == '_';
}

// Values looked at: heapfix's enums count from 0 and stay well below this.
inline constexpr std::size_t kValuesLookedAt = 64;

// Whether the enumerators are exactly the values 0 to count - 1.
template <typename Enum, std::size_t... Values>
constexpr bool enumeratorsAreFirst(std::size_t count, std::index_sequence<Values...>) {
    return ((isEnumerator<static_cast<Enum>(Values)>() == (Values < count)) && ...);
}

// Called only for a list that does not match its enum, which makes its compilation fail here: the error
// names this function.
inline void namesDoNotMatchTheEnumerators() {}

} // namespace enum_names_detail

// The names of every enumerator of the (scoped) enum, whose values must run from 0 without gaps.
template <typename Enum, std::size_t N>
consteval EnumNames<Enum, N> enumNames(const std::string_view (&names)[N],
                                       std::string_view fallback = "unknown") {
    static_assert(std::is_enum_v<Enum> && !std::is_convertible_v<Enum, int>, "a scoped enum (enum class)");
    if (!enum_names_detail::enumeratorsAreFirst<Enum>(
            N, std::make_index_sequence<enum_names_detail::kValuesLookedAt>()))
        enum_names_detail::namesDoNotMatchTheEnumerators();
    return EnumNames<Enum, N>(names, fallback);
}

} // namespace heapfix
