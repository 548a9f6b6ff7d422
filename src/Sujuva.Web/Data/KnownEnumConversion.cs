using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace Sujuva.Web.Data;

/// <summary>
/// Stores an enum that requests carry by name, and reads a name or number the enum does not define (stored
/// before the input contract refused it, or by hand) as a stated fallback: one bad row must not turn every
/// read of services, metrics and exports into a 500 (issue 12).
/// </summary>
public static class KnownEnumConversion
{
    public static PropertyBuilder<TEnum> HasKnownEnumConversion<TEnum>(this PropertyBuilder<TEnum> property, TEnum fallback)
        where TEnum : struct, Enum => property.HasConversion(Converter(fallback));

    /// <summary>A null stays null; EF applies the converter to values only.</summary>
    public static PropertyBuilder<TEnum?> HasKnownEnumConversion<TEnum>(this PropertyBuilder<TEnum?> property, TEnum fallback)
        where TEnum : struct, Enum => property.HasConversion(Converter(fallback));

    /// <summary>The value a stored text names exactly (not a number, not another casing), else the fallback.</summary>
    public static TEnum Read<TEnum>(string? text, TEnum fallback) where TEnum : struct, Enum =>
        text is not null && Enum.GetNames<TEnum>().Contains(text, StringComparer.Ordinal) ? Enum.Parse<TEnum>(text) : fallback;

    private static ValueConverter<TEnum, string> Converter<TEnum>(TEnum fallback) where TEnum : struct, Enum =>
        new(value => value.ToString(), text => Read(text, fallback));
}
