#include "rowvalues.h"

namespace urbis {

namespace {

QVariant variantOf(const CellScalar &s, const QString &cell)
{
    using T = CellScalar::Type;
    switch (s.type) {
    case T::Null:
        return {};
    case T::Text:
        return cell;
    case T::Number:
        return s.number;
    case T::Integer:
        return qlonglong(s.integer);
    case T::Variant:
        return s.variant;
    }
    return {};
}

} // namespace

RowValues::RowValues(QList<QVariant> values) : m_variants(std::move(values)) {}

void RowValues::setQuick(const QStringList *cells, const QList<CellScalar> *scalars)
{
    m_quick = true;
    m_cells = cells;
    m_scalars = scalars;
    m_variantsMade = false;
}

void RowValues::setVariants(QList<QVariant> values)
{
    m_quick = false;
    m_variants = std::move(values);
    m_variantsMade = true;
}

bool RowValues::isNull(int field) const
{
    if (field < 0 || field >= size())
        return true;
    return m_quick ? m_scalars->at(field).type == CellScalar::Type::Null : !m_variants.at(field).isValid();
}

QVariant RowValues::value(int field) const
{
    if (field < 0 || field >= size())
        return {};
    if (!m_quick || m_variantsMade)
        return m_variants.at(field);
    return variantOf(m_scalars->at(field), m_cells->at(field));
}

const QList<QVariant> &RowValues::variants() const
{
    if (!m_variantsMade) {
        m_variants.resize(m_scalars->size());
        for (qsizetype i = 0; i < m_scalars->size(); ++i)
            m_variants[i] = variantOf(m_scalars->at(i), m_cells->at(i));
        m_variantsMade = true;
    }
    return m_variants;
}

std::optional<double> RowValues::numeric(int field) const
{
    if (field < 0 || field >= size())
        return std::nullopt;
    if (m_quick) {
        const CellScalar &s = m_scalars->at(field);
        if (s.type == CellScalar::Type::Number)
            return s.number;
        if (s.type == CellScalar::Type::Integer)
            return double(s.integer);
        if (s.type != CellScalar::Type::Variant)
            return std::nullopt;
    }
    const QVariant &v = m_quick ? m_scalars->at(field).variant : m_variants.at(field);
    switch (v.typeId()) {
    case QMetaType::Double:
    case QMetaType::LongLong:
    case QMetaType::Int:
        return v.toDouble();
    default:
        return std::nullopt;
    }
}

QDateTime RowValues::dateTime(int field) const
{
    if (field < 0 || field >= size())
        return {};
    if (m_quick && m_scalars->at(field).type != CellScalar::Type::Variant)
        return {};
    const QVariant &v = m_quick ? m_scalars->at(field).variant : m_variants.at(field);
    if (v.typeId() == QMetaType::QDateTime)
        return v.toDateTime();
    return v.typeId() == QMetaType::QDate ? QDateTime(v.toDate(), QTime(0, 0), Qt::UTC) : QDateTime();
}

std::optional<QString> RowValues::text(int field) const
{
    if (field < 0 || field >= size())
        return std::nullopt;
    if (m_quick && m_scalars->at(field).type == CellScalar::Type::Text)
        return m_cells->at(field);
    if (m_quick && m_scalars->at(field).type != CellScalar::Type::Variant)
        return std::nullopt;
    const QVariant &v = m_quick ? m_scalars->at(field).variant : m_variants.at(field);
    return v.typeId() == QMetaType::QString ? std::optional<QString>(v.toString()) : std::nullopt;
}

} // namespace urbis
