#include "FileReaders.h"

#include <libbfio.h>

#include <cstdio>

namespace heapfix {

namespace {

// The state of one libbfio handle: the shared descriptor and this handle's own offset (libbfio may clone).
struct DescriptorIo {
    const LogFile* file = nullptr;
    off64_t offset = 0;
    bool open = false;
};

DescriptorIo* state(intptr_t* io) {
    return reinterpret_cast<DescriptorIo*>(io);
}

int freeIo(intptr_t** io, libbfio_error_t** /*error*/) {
    if (io && *io) {
        delete state(*io);
        *io = nullptr;
    }
    return 1;
}

int cloneIo(intptr_t** destination, intptr_t* source, libbfio_error_t** /*error*/) {
    if (!destination || *destination || !source)
        return -1;
    auto* copy = new DescriptorIo(*state(source));
    copy->open = false;
    copy->offset = 0;
    *destination = reinterpret_cast<intptr_t*>(copy);
    return 1;
}

int openIo(intptr_t* io, int accessFlags, libbfio_error_t** /*error*/) {
    if (!io || (accessFlags & LIBBFIO_ACCESS_FLAG_WRITE))
        return -1; // read-only, always
    state(io)->open = true;
    state(io)->offset = 0;
    return 1;
}

int closeIo(intptr_t* io, libbfio_error_t** /*error*/) {
    if (!io)
        return -1;
    state(io)->open = false;
    return 0;
}

ssize_t readIo(intptr_t* io, uint8_t* buffer, size_t size, libbfio_error_t** /*error*/) {
    if (!io || !state(io)->open)
        return -1;
    DescriptorIo& self = *state(io);
    const long long got = self.file->readAt(static_cast<std::uint64_t>(self.offset), buffer, size);
    if (got < 0)
        return -1;
    self.offset += got;
    return static_cast<ssize_t>(got);
}

ssize_t writeIo(intptr_t* /*io*/, const uint8_t* /*buffer*/, size_t /*size*/, libbfio_error_t** /*error*/) {
    return -1;
}

off64_t seekIo(intptr_t* io, off64_t offset, int whence, libbfio_error_t** /*error*/) {
    if (!io)
        return -1;
    DescriptorIo& self = *state(io);
    off64_t base = 0;
    if (whence == SEEK_CUR)
        base = self.offset;
    else if (whence == SEEK_END)
        base = static_cast<off64_t>(self.file->size());
    else if (whence != SEEK_SET)
        return -1;
    if (base + offset < 0)
        return -1;
    self.offset = base + offset;
    return self.offset;
}

int existsIo(intptr_t* io, libbfio_error_t** /*error*/) {
    return io ? 1 : -1;
}

int isOpenIo(intptr_t* io, libbfio_error_t** /*error*/) {
    return io && state(io)->open ? 1 : 0;
}

int sizeIo(intptr_t* io, size64_t* size, libbfio_error_t** /*error*/) {
    if (!io || !size)
        return -1;
    *size = state(io)->file->size();
    return 1;
}

} // namespace

void BfioHandleDeleter::operator()(void* handle) const {
    auto* bfio = static_cast<libbfio_handle_t*>(handle);
    libbfio_handle_free(&bfio, nullptr);
}

BfioHandle makeBfioHandle(const LogFile& file) {
    auto* io = new DescriptorIo{&file, 0, false};
    libbfio_handle_t* handle = nullptr;
    if (libbfio_handle_initialize(
            &handle, reinterpret_cast<intptr_t*>(io), freeIo, cloneIo, openIo, closeIo, readIo, writeIo,
            seekIo, existsIo, isOpenIo, sizeIo,
            static_cast<uint8_t>(LIBBFIO_FLAG_IO_HANDLE_MANAGED | LIBBFIO_FLAG_IO_HANDLE_CLONE_BY_FUNCTION),
            nullptr) != 1) {
        delete io;
        return nullptr;
    }
    return BfioHandle(handle);
}

Error logFormatError(const LogFile& file, std::string detail) {
    return makeError(ErrorCode::Corrupt, pathToUtf8(file.path()), std::move(detail));
}

} // namespace heapfix
