using Microsoft.Extensions.DependencyInjection;
using Sujuva.IntegrationTests.Infrastructure;
using Sujuva.Web.Features;
using Sujuva.Web.Features.EventLog;

namespace Sujuva.IntegrationTests.Exports;

/// <summary>Exported pseudonyms need a key nobody can read from the source: made on first start, kept in the database.</summary>
public sealed class PseudonymKeyTests
{
    private static readonly UserId Someone = new(Guid.Parse("0193a1b2-0000-7000-8000-000000000001"));

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task PseudonymKey_NotConfigured_IsMadeOnFirstStartAndKeptAcrossRestarts(string provider)
    {
        await using var database = await FreshDatabase.CreateAsync(provider);

        string first, second;
        await using (var app = await SujuvaApp.StartAsync(provider, database: database))
            first = app.Services.GetRequiredService<Pseudonyms>().Worker(Someone);
        await using (var app = await SujuvaApp.StartAsync(provider, seedFixture: false, database: database))
            second = app.Services.GetRequiredService<Pseudonyms>().Worker(Someone);

        Assert.Equal(first, second);
        Assert.NotEqual(Pseudonyms.WithKey("sujuva-development-pseudonym-key").Worker(Someone), first);
    }

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task PseudonymKey_Configured_IsTheOneUsed(string provider)
    {
        await using var app = await SujuvaApp.StartAsync(provider,
            settings: new Dictionary<string, string> { [PseudonymKey.SettingName] = "the operator's own key" });

        Assert.Equal(Pseudonyms.WithKey("the operator's own key").Worker(Someone),
            app.Services.GetRequiredService<Pseudonyms>().Worker(Someone));
    }
}
