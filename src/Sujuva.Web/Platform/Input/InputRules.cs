using System.Collections;
using System.Collections.Concurrent;
using System.ComponentModel.DataAnnotations;
using System.Globalization;
using System.Reflection;
using System.Text.Json;

namespace Sujuva.Web.Platform.Input;

/// <summary>A broken input rule: the request field (as JSON names it), a stable code and a message.</summary>
public sealed record InputViolation(string Field, string Code, string Message);

/// <summary>
/// The rules every request value keeps, whatever the endpoint: text by its <see cref="TextAttribute"/>, enums
/// only their named values, numbers within their <see cref="RangeAttribute"/>, dates within
/// <see cref="EarliestDate"/>–<see cref="LatestDate"/>, no null items in a list; records field by field.
/// </summary>
public static class InputRules
{
    /// <summary>No date this service deals with lies outside these; beyond them date arithmetic overflows.</summary>
    public static readonly DateOnly EarliestDate = new(1900, 1, 1);

    public static readonly DateOnly LatestDate = new(2100, 12, 31);

    private static readonly ConcurrentDictionary<Type, Field[]> Fields = new();

    /// <summary>The first broken rule in value (declared as type, carrying attributes), or null.</summary>
    public static InputViolation? Check(object? value, string field, Type type, IReadOnlyList<Attribute> attributes)
    {
        if (value is null) return null;  // required fields are enforced by the JSON binder
        type = Nullable.GetUnderlyingType(type) ?? type;
        switch (value)
        {
            case string text:
                var rule = attributes.OfType<TextAttribute>().FirstOrDefault() ?? TextAttribute.Default;
                return rule.Check(text) is { } broken ? new(field, broken.Code, broken.Message) : null;
            case Enum when !Enum.IsDefined(value.GetType(), value):
                return new(field, "Input.UnknownValue",
                    "One of: " + string.Join(", ", Enum.GetNames(value.GetType())) + ".");
            case DateOnly date:
                return InWindow(field, date);
            case DateTime time:
                return InWindow(field, DateOnly.FromDateTime(time));
            case IEnumerable items when type != typeof(string):
                return CheckItems(items, field, attributes);
        }
        if (attributes.OfType<RangeAttribute>().FirstOrDefault() is { } range && !range.IsValid(value))
            return new(field, "Input.OutOfRange", string.Create(CultureInfo.InvariantCulture,
                $"From {range.Minimum} to {range.Maximum}."));
        return IsRecord(type) ? CheckRecord(value, field, type) : null;
    }

    /// <summary>
    /// The same rules for an operation a page runs without the API's endpoint filter (the public feedback form,
    /// the pulse): the refusal carries the rule's code, which is also the page's resource key.
    /// </summary>
    public static Refusal? Refuse(object request) =>
        Check(request, "", request.GetType(), []) is { } broken ? Refusal.Invalid(broken.Field, broken.Code, broken.Message) : null;

    /// <summary>A request record of this app: checked field by field.</summary>
    public static bool IsRecord(Type type) =>
        type.IsClass && type != typeof(string) && type.Assembly == typeof(InputRules).Assembly;

    /// <summary>The fields of a record as the JSON binder names them, with their rules' attributes.</summary>
    public static IReadOnlyList<(string Name, Type Type, IReadOnlyList<Attribute> Attributes)> FieldsOf(Type record) =>
        [.. Describe(record).Select(f => (f.Name, f.Property.PropertyType, f.Attributes))];

    private static InputViolation? CheckItems(IEnumerable items, string field, IReadOnlyList<Attribute> attributes)
    {
        var i = 0;
        foreach (var item in items)
        {
            var at = $"{field}[{i++}]";
            if (item is null) return new(at, "Input.Required", "A list item cannot be null.");
            if (Check(item, at, item.GetType(), attributes) is { } broken) return broken;
        }
        return null;
    }

    private static InputViolation? CheckRecord(object value, string field, Type type)
    {
        foreach (var f in Describe(type))
        {
            var name = field.Length == 0 ? f.Name : $"{field}.{f.Name}";
            if (Check(f.Property.GetValue(value), name, f.Property.PropertyType, f.Attributes) is { } broken) return broken;
        }
        return null;
    }

    private static InputViolation? InWindow(string field, DateOnly date) =>
        date < EarliestDate || date > LatestDate
            ? new(field, "Input.DateOutOfRange", string.Create(CultureInfo.InvariantCulture,
                $"A date from {EarliestDate:yyyy-MM-dd} to {LatestDate:yyyy-MM-dd}."))
            : null;

    private sealed record Field(string Name, PropertyInfo Property, IReadOnlyList<Attribute> Attributes);

    // A positional record's attributes sit on its constructor parameter; a property may carry its own.
    private static Field[] Describe(Type type) => Fields.GetOrAdd(type, t =>
    {
        var parameters = t.GetConstructors().SelectMany(c => c.GetParameters())
            .GroupBy(p => p.Name ?? "", StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        return [.. t.GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(p => p.CanRead && p.GetIndexParameters().Length == 0 && p.Name != "EqualityContract")
            .Select(p => new Field(JsonNamingPolicy.CamelCase.ConvertName(p.Name), p,
                [.. p.GetCustomAttributes(), .. parameters.GetValueOrDefault(p.Name)?.GetCustomAttributes() ?? []]))];
    });
}
