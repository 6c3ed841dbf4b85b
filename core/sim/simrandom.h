#pragma once

#include <QtGlobal>

#include <cmath>

namespace urbis {

/**
 * The models' random numbers: xoshiro256** (Blackman & Vigna 2018) seeded through splitmix64.
 * Written out here rather than taken from <random> because the std:: distributions differ between
 * standard libraries, and a scenario must replay bit for bit anywhere. Not thread-safe; one per run.
 */
class SimRandom
{
public:
    explicit SimRandom(quint64 seed)
    {
        quint64 x = seed;
        for (quint64 &s : m_state)
            s = splitmix64(x);
    }

    quint64 next()
    {
        const quint64 result = rotl(m_state[1] * 5, 7) * 9;
        const quint64 t = m_state[1] << 17;
        m_state[2] ^= m_state[0];
        m_state[3] ^= m_state[1];
        m_state[1] ^= m_state[2];
        m_state[0] ^= m_state[3];
        m_state[2] ^= t;
        m_state[3] = rotl(m_state[3], 45);
        return result;
    }

    /** Uniform in [0, 1): the top 53 bits, so every value is exact in a double. */
    double uniform() { return double(next() >> 11) * 0x1.0p-53; }

private:
    static quint64 rotl(quint64 x, int k) { return (x << k) | (x >> (64 - k)); }
    static quint64 splitmix64(quint64 &x)
    {
        quint64 z = (x += 0x9e3779b97f4a7c15ULL);
        z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
        z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
        return z ^ (z >> 31);
    }

    quint64 m_state[4];
};

} // namespace urbis
