using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Http.Timeouts;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Sujuva.IntegrationTests.Infrastructure;
using Sujuva.Web.Platform;

namespace Sujuva.IntegrationTests.Api;

/// <summary>Issue 12: every API request has a time budget, after which it is cancelled and answered 504.</summary>
public sealed class RequestBudgetTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    /// <summary>A new endpoint or group without a budget fails here.</summary>
    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task EveryApiEndpoint_HasATimeBudget(string provider)
    {
        await using var app = await SujuvaApp.StartAsync(provider, seedFixture: false);
        var endpoints = app.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => e.RoutePattern.RawText?.TrimStart('/').StartsWith("api/", StringComparison.Ordinal) == true).ToList();

        var budgets = endpoints.ToDictionary(e => e.RoutePattern.RawText + " " + e.DisplayName,
            e => e.Metadata.GetMetadata<RequestTimeoutAttribute>()?.PolicyName);

        Assert.True(endpoints.Count > 50, $"{endpoints.Count} API endpoints found");
        Assert.Empty(budgets.Where(b => b.Value is null).Select(b => b.Key));
        Assert.All(budgets.Where(b => b.Key.Contains("export", StringComparison.Ordinal)),
            b => Assert.Equal(RequestBudget.Export, b.Value));
    }

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task Export_OverItsBudget_IsCancelledWith504Problem(string provider)
    {
        // The fixture's export is done in a millisecond, before a tiny budget's timer may have fired: the
        // export's first write waits until the budget cancels it, so the export is surely over its budget.
        await using var app = await SujuvaApp.StartAsync(provider,
            settings: new Dictionary<string, string> { ["Api:ExportTimeoutSeconds"] = "0.05" },
            web: web => web.ConfigureServices(s => s.AddSingleton<IStartupFilter, ExportOutlivesItsBudget>()));
        var manager = await app.SignInAsync(FixtureNetwork.Manager);

        var response = await manager.GetAsync("/api/exports/eventlog?format=csv", Ct);

        Assert.Equal(HttpStatusCode.GatewayTimeout, response.StatusCode);
        Assert.Equal("RequestTimedOut", (await Given.ProblemAsync(response)).Code);
    }

    /// <summary>Holds an export's first write of its body until the request's token (its budget) is cancelled.</summary>
    private sealed class ExportOutlivesItsBudget : IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            app.Use(async (http, nextStep) =>
            {
                if (!http.Request.Path.StartsWithSegments("/api/exports", StringComparison.OrdinalIgnoreCase))
                {
                    await nextStep(http);
                    return;
                }
                var original = http.Features.GetRequiredFeature<IHttpResponseBodyFeature>();
                var held = new StreamResponseBodyFeature(new FirstWriteWaits(original.Stream), original);
                http.Features.Set<IHttpResponseBodyFeature>(held);
                try
                {
                    await nextStep(http);
                    await held.CompleteAsync();  // what was written through its pipe reaches the client
                }
                finally
                {
                    http.Features.Set(original);
                }
            });
            next(app);
        };
    }

    private sealed class FirstWriteWaits(Stream inner) : Stream
    {
        private bool _held;

        public override bool CanRead => false;
        public override bool CanSeek => false;
        public override bool CanWrite => true;
        public override long Length => throw new NotSupportedException();
        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

        public override async ValueTask WriteAsync(ReadOnlyMemory<byte> buffer, CancellationToken cancellationToken = default)
        {
            if (!_held && cancellationToken.CanBeCanceled)
            {
                _held = true;
                await Task.Delay(Timeout.Infinite, cancellationToken);
            }
            await inner.WriteAsync(buffer, cancellationToken);
        }

        public override Task WriteAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
            WriteAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

        public override Task FlushAsync(CancellationToken cancellationToken) => inner.FlushAsync(cancellationToken);
        public override void Flush() => inner.Flush();
        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();
        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
        public override void SetLength(long value) => throw new NotSupportedException();
        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
