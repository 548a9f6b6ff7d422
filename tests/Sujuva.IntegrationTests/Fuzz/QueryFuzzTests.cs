using System.Text.Json;
using Sujuva.IntegrationTests.Auth;
using Sujuva.IntegrationTests.Infrastructure;

namespace Sujuva.IntegrationTests.Fuzz;

/// <summary>
/// Every query parameter of every GET endpoint of the OpenAPI document with hostile text, numbers, dates and
/// ids, asked by someone who gets past authorisation: no 5xx, and a 400 names the parameter.
/// </summary>
public sealed class QueryFuzzTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    /// <summary>Query values as a careless or hostile client writes them; dates at the ends of DateOnly overflowed periods.</summary>
    private static readonly string[] HostileQueryValues =
    [
        "", "x", "-1", "0", "2147483648", "0001-01-01", "9999-12-31", "2026-02-30", "NoSuchValue", "not-a-guid",
        new string('x', 300), "a%00b", "a%0D%0Ab",
    ];

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task Fuzz_EveryQueryParameter_NoServerErrorAndEveryRefusalNamesItsParameter(string provider)
    {
        await using var app = await SujuvaApp.StartAsync(provider, settings: Fuzzing.Settings);
        var (clients, ids) = await MatrixSetup.ArrangeAsync(app);
        using var document = JsonDocument.Parse(await app.Anonymous().GetStringAsync("/openapi/v1.json", Ct));
        var failures = new List<string>();
        var sent = 0;

        foreach (var path in document.RootElement.GetProperty("paths").EnumerateObject())
        foreach (var operation in path.Value.EnumerateObject())
        {
            var method = operation.Name.ToUpperInvariant();
            if (!operation.Value.TryGetProperty("parameters", out var parameters)) continue;
            var probe = AuthorizationMatrix.Probes.SingleOrDefault(p => p.Method == method && Fuzzing.Same(p.Pattern, path.Name));
            if (probe is null || probe.Body(ids) is not null) continue;
            var asker = Fuzzing.AskerFor(probe, clients);
            var url = probe.Url(ids);
            var baseline = await Fuzzing.BaselineAsync(asker, method, url, null, clients, ids);
            foreach (var name in parameters.EnumerateArray().Where(p => p.GetProperty("in").GetString() == "query")
                .Select(p => p.GetProperty("name").GetString()!))
            foreach (var value in HostileQueryValues)
            {
                sent++;
                var query = url.Contains('?', StringComparison.Ordinal) ? "&" : "?";
                using var response = await asker.SendAsync(new HttpRequestMessage(new HttpMethod(method), $"{url}{query}{name}={value}"), Ct);
                var status = (int)response.StatusCode;
                var text = await response.Content.ReadAsStringAsync(Ct);
                var where = $"{method} {url} {name}={Fuzzing.Cut(value)}: {status}";
                if (status >= 500) failures.Add($"{where} {Fuzzing.Cut(text)}");
                else if (status == 400 && Fuzzing.Refusal(text) is not { } refusal) failures.Add($"{where} is not a problem: {Fuzzing.Cut(text)}");
                else if (status == 400 && Fuzzing.Refusal(text) is { } named && !named.Fields.Split(',').Any(f => Fuzzing.Names(f, name))
                    && named != baseline.Refusal)
                    failures.Add($"{where} names {named.Fields}, not {name}: {Fuzzing.Cut(text)}");
            }
        }

        TestContext.Current.TestOutputHelper?.WriteLine($"{provider}: {sent} hostile query values");
        Assert.True(sent > 100, $"only {sent} hostile query values");
        Assert.True(failures.Count == 0, $"{failures.Count} of {sent}:\n" + string.Join('\n', failures.Take(60)));
    }
}
