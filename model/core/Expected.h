#pragma once
// A value or an error, in the shape of C++23's std::expected so that it can be swapped for it later.
// Errors are values with a message, never silent bools.

#include <cassert>
#include <utility>
#include <variant>

namespace heapfix {

template <typename E>
class Unexpected {
public:
    explicit Unexpected(E error)
        : error_(std::move(error)) {}
    const E& error() const& { return error_; }
    E&& error() && { return std::move(error_); }

private:
    E error_;
};

template <typename E>
Unexpected<std::decay_t<E>> unexpected(E&& error) {
    return Unexpected<std::decay_t<E>>(std::forward<E>(error));
}

template <typename T, typename E>
class [[nodiscard]] Expected {
public:
    using value_type = T;

    Expected(T value)
        : state_(std::in_place_index<0>, std::move(value)) {}
    template <typename G>
    Expected(Unexpected<G> error)
        : state_(std::in_place_index<1>, E(std::move(error).error())) {}

    bool has_value() const { return state_.index() == 0; }
    explicit operator bool() const { return has_value(); }

    T& value() & { return *std::get_if<0>(&checked(true)); }
    const T& value() const& { return *std::get_if<0>(&checked(true)); }
    T&& value() && { return std::move(*std::get_if<0>(&checked(true))); }
    T& operator*() & { return value(); }
    const T& operator*() const& { return value(); }
    T* operator->() { return &value(); }
    const T* operator->() const { return &value(); }

    const E& error() const& { return *std::get_if<1>(&checked(false)); }
    E&& error() && { return std::move(*std::get_if<1>(&checked(false))); }

    template <typename U>
    T value_or(U&& fallback) const& {
        return has_value() ? value() : static_cast<T>(std::forward<U>(fallback));
    }

private:
    std::variant<T, E>& checked(bool wantValue) {
        assert(has_value() == wantValue);
        (void)wantValue;
        return state_;
    }
    const std::variant<T, E>& checked(bool wantValue) const {
        assert(has_value() == wantValue);
        (void)wantValue;
        return state_;
    }
    std::variant<T, E> state_;
};

template <typename E>
class [[nodiscard]] Expected<void, E> {
public:
    Expected() = default;
    template <typename G>
    Expected(Unexpected<G> error)
        : error_(E(std::move(error).error()))
        , failed_(true) {}

    bool has_value() const { return !failed_; }
    explicit operator bool() const { return has_value(); }
    const E& error() const& {
        assert(failed_);
        return error_;
    }

private:
    E error_{};
    bool failed_ = false;
};

} // namespace heapfix
