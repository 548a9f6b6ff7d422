namespace Sujuva.Web.Platform.Input;

/// <summary>
/// The text rule of a request field: at most <see cref="MaxLength"/> characters and no control characters;
/// <see cref="Multiline"/> free text may also hold line breaks and tabs. On a list it is the rule of each item.
/// The input contract enforces it before any handler runs and the OpenAPI document states it as maxLength.
/// </summary>
[AttributeUsage(AttributeTargets.Property | AttributeTargets.Parameter)]
public sealed class TextAttribute(int maxLength) : Attribute
{
    /// <summary>Query and route strings without their own rule: a short, single line.</summary>
    public static readonly TextAttribute Default = new(200);

    public int MaxLength { get; } = maxLength;

    public bool Multiline { get; init; }

    /// <summary>Null when the text keeps the rule, otherwise the code and message of the broken part.</summary>
    public (string Code, string Message)? Check(string text)
    {
        if (text.Length > MaxLength) return ("Input.TooLong", $"At most {MaxLength} characters.");
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            // A lone surrogate is not text: PostgreSQL refuses to store it, and it cannot be shown.
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1])) { i++; continue; }
            if (char.IsSurrogate(c) || (char.IsControl(c) && !(Multiline && c is '\n' or '\r' or '\t')))
                return ("Input.BadCharacter", Multiline
                    ? "Control characters other than line breaks and tabs are not allowed."
                    : "Control characters and line breaks are not allowed.");
        }
        return null;
    }
}
