using System.Net;
using Microsoft.Extensions.Time.Testing;
using Sujuva.IntegrationTests.Infrastructure;

namespace Sujuva.IntegrationTests.Access;

/// <summary>
/// How the access tests start the app: the fixture network, a clock they move (for the grace period) and
/// requests arriving from a known address, as Kestrel would report it.
/// </summary>
public static class AccessSetup
{
    public static readonly IPAddress ClientAddress = IPAddress.Parse("203.0.113.7");

    public static Task<SujuvaApp> StartAsync(string provider) => SujuvaApp.StartAsync(provider,
        settings: new Dictionary<string, string> { ["Access:GraceDays"] = "30" },
        // Every reading moves the clock on a little, so that two writes never share an instant.
        clock: new FakeTimeProvider(new DateTimeOffset(2026, 6, 1, 9, 0, 0, TimeSpan.Zero)) { AutoAdvanceAmount = TimeSpan.FromMilliseconds(1) },
        remoteAddress: ClientAddress);
}
