namespace Sujuva.Web.Platform;

public enum RefusalKind
{
    /// <summary>The request names something malformed or unknown: 400.</summary>
    Invalid,

    /// <summary>A well-formed request that a domain rule refuses: 422.</summary>
    Rule,
}

/// <summary>Why an entity refused a change, naming the request field it is about.</summary>
public sealed record Refusal(RefusalKind Kind, string Field, string Code, string Message)
{
    public static Refusal Invalid(string field, string code, string message) =>
        new(RefusalKind.Invalid, field, code, message);

    public static Refusal Rule(string field, string code, string message) =>
        new(RefusalKind.Rule, field, code, message);
}
