namespace Sujuva.Web.Platform;

/// <summary>
/// What an operation returns: its value, or the Refusal that stopped it. Endpoints answer it through Problems;
/// pages show the value or the refusal's text (Components/Data/PageData.Text), never an HTTP result.
/// </summary>
public sealed class Outcome<T>
{
    // JSON: a page carries an outcome from prerendering to its circuit (Components/Data/OncePerVisit).
    [System.Text.Json.Serialization.JsonConstructor]
    private Outcome(T? value, Refusal? refusal) => (Value, Refusal) = (value, refusal);

    /// <summary>Set when the operation succeeded (Refusal is null).</summary>
    public T? Value { get; }

    public Refusal? Refusal { get; }

    public static implicit operator Outcome<T>(T value) => new(value, null);

    public static implicit operator Outcome<T>(Refusal refusal) => new(default, refusal);

    public void Deconstruct(out T? value, out Refusal? refusal) => (value, refusal) = (Value, Refusal);
}
