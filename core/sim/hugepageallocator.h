#pragma once

#include <cstddef>
#include <cstdlib>
#include <memory>
#include <new>

#ifdef __linux__
#include <sys/mman.h>
#endif

namespace urbis {

/**
 * A std::vector allocator for the models' large per-run arrays: blocks of 2 MB or more are
 * 2 MB-aligned and advised as transparent huge pages (Linux). First touching a fresh 70 MB working
 * set page by page costs more than the fire spread itself on some virtual machines; with huge
 * pages it is a few dozen faults. Elsewhere, or for small blocks, it is the plain allocator.
 */
template <typename T> class HugePageAllocator
{
public:
    using value_type = T;
    static constexpr std::size_t kHugePage = std::size_t(2) << 20;

    HugePageAllocator() = default;
    template <typename U> HugePageAllocator(const HugePageAllocator<U> &) {}

    T *allocate(std::size_t n)
    {
        const std::size_t bytes = n * sizeof(T);
        if (bytes < kHugePage)
            return std::allocator<T>().allocate(n);
        const std::size_t rounded = (bytes + kHugePage - 1) / kHugePage * kHugePage;
        void *p = std::aligned_alloc(kHugePage, rounded);
        if (!p)
            throw std::bad_alloc();
#ifdef MADV_HUGEPAGE
        madvise(p, rounded, MADV_HUGEPAGE); // advice only: failure leaves ordinary pages
#endif
        return static_cast<T *>(p);
    }

    void deallocate(T *p, std::size_t n)
    {
        if (n * sizeof(T) < kHugePage)
            std::allocator<T>().deallocate(p, n);
        else
            std::free(p);
    }

    template <typename U> bool operator==(const HugePageAllocator<U> &) const
    {
        return true;
    }
};

} // namespace urbis
