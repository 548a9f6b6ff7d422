using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.AspNetCore.Components;

namespace Sujuva.Web.Components.Data;

/// <summary>
/// The one way a page loads its data once per visit. A page is rendered twice: prerendered into the
/// first response (so it is readable at once) and again when its circuit starts. The prerendering loads
/// the data and leaves it in the page (Blazor's persistent component state, protected like the circuit);
/// the circuit takes it from there instead of reading the database a second time. Later loads on the
/// circuit (a new filter, a live update) read afresh.
/// </summary>
/// <remarks>
/// Keys carry the page and its parameters, so a value is only taken by the same view it was made for.
/// A value is carried as JSON: carry view models (records of plain values), never entities or services.
/// A value that is too big or does not read back from its JSON is not carried (the circuit loads it
/// again, and a warning names it), so a new view model can never break a page's circuit.
/// Pages that show a client's personal data do not carry it: each reading of it is audited, and the
/// data would otherwise sit in the page's state as well as its text.
/// </remarks>
public sealed class OncePerVisit(PersistentComponentState state, ILogger<OncePerVisit> log) : IDisposable
{
    /// <summary>
    /// The most a page carries. The state goes back to the server in the circuit's first message, so it
    /// must stay well inside the hub's message limit (UiSetup); a bigger view is read again instead.
    /// The network flow dashboard for the default 90 days is about 300 KB; a year of it may not fit.
    /// </summary>
    public const int MaxCarriedBytes = 1024 * 1024;

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        Converters = { new ReadOnlySetConverter() },
    };

    private readonly List<PersistingComponentStateSubscription> _carried = [];
    private readonly HashSet<string> _keys = [];

    /// <summary>
    /// The value for <paramref name="key"/>: the one the prerendering carried over, else loaded now.
    /// While <paramref name="prerendering"/>, the loaded value is left in the page for the circuit.
    /// </summary>
    public async Task<T> LoadAsync<T>(string key, bool prerendering, Func<Task<T>> load)
    {
        ArgumentNullException.ThrowIfNull(load);
        if (!prerendering && state.TryTakeFromJson<string>(key, out var json) && json is not null)
        {
            log.LogDebug("Carried over from prerendering: {Key}", key);
            return JsonSerializer.Deserialize<Carried<T>>(json, Json)!.Value;
        }
        var value = await load();
        log.LogDebug("Loaded {Key} while {Phase}", key, prerendering ? "prerendering" : "interactive");
        if (prerendering && _keys.Add(key)) _carried.Add(state.RegisterOnPersisting(() => CarryAsync(key, value)));
        return value;
    }

    private Task CarryAsync<T>(string key, T value)
    {
        var json = JsonSerializer.Serialize(new Carried<T>(value), Json);
        if (json.Length > MaxCarriedBytes)
        {
            log.LogDebug("Not carrying {Key}: {Length} characters is over the budget", key, json.Length);
            return Task.CompletedTask;
        }
        try
        {
            // Read it back here, where a failure costs one more load, not on the circuit, where it would end it.
            _ = JsonSerializer.Deserialize<Carried<T>>(json, Json);
        }
        catch (Exception e) when (e is JsonException or NotSupportedException or InvalidOperationException)
        {
            log.LogWarning(e, "Not carrying {Key}: its view model does not read back from JSON", key);
            return Task.CompletedTask;
        }
        state.PersistAsJson(key, json);
        return Task.CompletedTask;
    }

    public void Dispose()
    {
        foreach (var subscription in _carried) subscription.Dispose();
        _carried.Clear();
    }

    /// <summary>A wrapper, so that a carried null (e.g. "no such service") is told apart from nothing carried.</summary>
    private sealed record Carried<T>(T Value);

    /// <summary>System.Text.Json writes an IReadOnlySet but cannot make one; view models use it for scopes.</summary>
    private sealed class ReadOnlySetConverter : JsonConverterFactory
    {
        public override bool CanConvert(Type typeToConvert) =>
            typeToConvert.IsGenericType && typeToConvert.GetGenericTypeDefinition() == typeof(IReadOnlySet<>);

        public override JsonConverter CreateConverter(Type typeToConvert, JsonSerializerOptions options) =>
            (JsonConverter)Activator.CreateInstance(typeof(SetConverter<>).MakeGenericType(typeToConvert.GetGenericArguments()[0]))!;

        private sealed class SetConverter<TItem> : JsonConverter<IReadOnlySet<TItem>>
        {
            public override IReadOnlySet<TItem>? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
                JsonSerializer.Deserialize<HashSet<TItem>>(ref reader, options);

            public override void Write(Utf8JsonWriter writer, IReadOnlySet<TItem> value, JsonSerializerOptions options) =>
                JsonSerializer.Serialize(writer, value.AsEnumerable(), options);
        }
    }
}
