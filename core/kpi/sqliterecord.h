#pragma once

#include <cmath>
#include <cstdint>
#include <cstring>
#include <string_view>
#include <vector>

namespace urbis {

/**
 * One row's record as SQLite stores it (file format 3, "Record Format"): a header of serial types,
 * then the values. Only the first `columns` values are located; every offset is checked against
 * the payload, so a damaged record is refused instead of read past its end.
 */
class SqliteRecord
{
public:
    enum class Type : uint8_t { Null, Integer, Real, Text, Blob };

    explicit SqliteRecord(int columns) : m_serial(size_t(columns)), m_offset(size_t(columns)), m_want(columns) {}

    /** Reads a 1–9 byte varint at `pos` (advanced), never past `end`. */
    static bool varint(const unsigned char *p, uint32_t end, uint32_t &pos, uint64_t &v)
    {
        v = 0;
        for (int i = 0; i < 8; ++i) {
            if (pos >= end)
                return false;
            const unsigned char b = p[pos++];
            v = (v << 7) | (b & 0x7f);
            if (!(b & 0x80))
                return true;
        }
        if (pos >= end)
            return false;
        v = (v << 8) | p[pos++];
        return true;
    }

    /** False when the header does not fit the payload or names a reserved serial type. */
    bool parse(const unsigned char *payload, uint32_t size)
    {
        m_payload = payload;
        uint32_t pos = 0;
        uint64_t headerSize = 0;
        if (!varint(payload, size, pos, headerSize) || headerSize > size || headerSize < pos)
            return false;
        const auto headerEnd = uint32_t(headerSize);
        uint64_t body = headerSize;
        int c = 0;
        while (pos < headerEnd && c < m_want) {
            uint64_t serial = 0;
            if (!varint(payload, headerEnd, pos, serial) || serial == 10 || serial == 11)
                return false;
            m_serial[size_t(c)] = serial;
            m_offset[size_t(c)] = uint32_t(body);
            body += length(serial);
            if (body > size)
                return false;
            ++c;
        }
        m_count = c;
        return true;
    }

    /** Columns present in the record (a table grown by ALTER TABLE has shorter old rows). */
    int count() const { return m_count; }

    Type type(int c) const
    {
        const uint64_t s = m_serial[size_t(c)];
        if (s == 0)
            return Type::Null;
        if (s == 7) // a NaN on disk reads as NULL in SQLite too
            return std::isnan(real(c)) ? Type::Null : Type::Real;
        if (s < 12)
            return Type::Integer;
        return (s & 1) ? Type::Text : Type::Blob;
    }

    int64_t integer(int c) const
    {
        const uint64_t s = m_serial[size_t(c)];
        if (s == 8 || s == 9)
            return int64_t(s - 8);
        static constexpr int kBytes[] = {0, 1, 2, 3, 4, 6, 8};
        const int n = kBytes[s];
        const unsigned char *p = m_payload + m_offset[size_t(c)];
        uint64_t u = 0;
        for (int i = 0; i < n; ++i)
            u = (u << 8) | p[i];
        const int shift = 64 - 8 * n; // sign-extend the big-endian n-byte value
        return int64_t(u << shift) >> shift;
    }

    double real(int c) const
    {
        const unsigned char *p = m_payload + m_offset[size_t(c)];
        uint64_t u = 0;
        for (int i = 0; i < 8; ++i)
            u = (u << 8) | p[i];
        double d;
        std::memcpy(&d, &u, sizeof d);
        return d;
    }

    /** The bytes of a Text or Blob value. */
    std::string_view bytes(int c) const
    {
        return {reinterpret_cast<const char *>(m_payload + m_offset[size_t(c)]), size_t(length(m_serial[size_t(c)]))};
    }

private:
    static uint64_t length(uint64_t serial)
    {
        static constexpr uint64_t kLength[] = {0, 1, 2, 3, 4, 6, 8, 8, 0, 0, 0, 0};
        return serial < 12 ? kLength[serial] : (serial - 12) / 2;
    }

    const unsigned char *m_payload = nullptr;
    std::vector<uint64_t> m_serial;
    std::vector<uint32_t> m_offset;
    int m_want;
    int m_count = 0;
};

} // namespace urbis
