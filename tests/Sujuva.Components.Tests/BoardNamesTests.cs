using Bunit;
using Sujuva.Web.Components.Pages.Boards;
using static Sujuva.Components.Tests.Boards;

namespace Sujuva.Components.Tests;

public sealed class BoardNamesTests : ComponentTest
{
    [Fact]
    public void Card_WithNameGranted_ShowsNameBesidePseudonym()
    {
        var (aino, eero) = (Card("C-1"), Card("C-2"));
        var context = Context();
        context.ClientNames = new Dictionary<Guid, string> { [aino.CaseId] = "Aino Asiakas" };

        var cut = Render<BoardColumnView>(p => p.Add(c => c.Column, LayoutColumn.OfBoard(Of([aino, eero], []))[0]).Add(c => c.Context, context));

        var cards = cut.FindAll(".case-card");
        Assert.Equal("C-1", cards[0].QuerySelector(".pseudonym")!.TextContent);
        Assert.Equal("Aino Asiakas", cards[0].QuerySelector(".client-name")!.TextContent);
        Assert.Equal("C-2", cards[1].QuerySelector(".pseudonym")!.TextContent);
        Assert.Null(cards[1].QuerySelector(".client-name"));
    }

    [Fact]
    public void NamesToggle_Ticked_ReportsHidden()
    {
        bool? reported = null;
        var cut = Render<NamesToggle>(p => p.Add(t => t.Hidden, false).Add(t => t.HiddenChanged, h => reported = h));

        Assert.Contains("Hide names", cut.Find("label").TextContent, StringComparison.Ordinal);
        Assert.False(cut.Find("input").HasAttribute("checked"));
        cut.Find("input").Change(true);

        Assert.True(reported);
    }

    [Fact]
    public void NamesToggle_BeforeBrowserChoiceKnown_IsNotShown()
    {
        var cut = Render<NamesToggle>(p => p.Add(t => t.Hidden, (bool?)null));

        Assert.Empty(cut.FindAll("input"));
    }

    [Fact]
    public async Task BoardNames_Hidden_ReadsNoNames()
    {
        var reads = new List<IReadOnlyCollection<Guid>>();
        var names = new BoardNames((ids, _) => Read(reads, ids));

        await names.SetHiddenAsync(true, [Guid.NewGuid()]);
        await names.ReadNewAsync([Guid.NewGuid()]);

        Assert.Empty(reads);
        Assert.Empty(names.Names);
    }

    [Fact]
    public async Task BoardNames_BeforeBrowserChoiceKnown_ReadsNoNames()
    {
        var reads = new List<IReadOnlyCollection<Guid>>();
        var names = new BoardNames((ids, _) => Read(reads, ids));

        await names.ReadNewAsync([Guid.NewGuid()]);

        Assert.Empty(reads);
    }

    [Fact]
    public async Task BoardNames_LiveUpdate_ReadsOnlyNewCards()
    {
        var reads = new List<IReadOnlyCollection<Guid>>();
        var names = new BoardNames((ids, _) => Read(reads, ids));
        Guid a = Guid.NewGuid(), b = Guid.NewGuid(), c = Guid.NewGuid();

        await names.SetHiddenAsync(false, [a, b]);
        await names.ReadNewAsync([a, b]);
        await names.ReadNewAsync([a, b, c]);

        Assert.Equal([[a, b], [c]], reads.Select(r => r.ToList()));
        Assert.Equal($"Name {c}", names.Names[c]);
    }

    [Fact]
    public async Task BoardNames_HiddenThenShown_ForgetsAndReadsAgain()
    {
        var reads = new List<IReadOnlyCollection<Guid>>();
        var names = new BoardNames((ids, _) => Read(reads, ids));
        var a = Guid.NewGuid();

        await names.SetHiddenAsync(false, [a]);
        await names.SetHiddenAsync(true, [a]);
        Assert.Empty(names.Names);
        await names.SetHiddenAsync(false, [a]);

        Assert.Equal(2, reads.Count);
        Assert.Equal($"Name {a}", names.Names[a]);
    }

    private static Task<Dictionary<Guid, string>> Read(List<IReadOnlyCollection<Guid>> reads, IReadOnlyCollection<Guid> ids)
    {
        reads.Add(ids);
        return Task.FromResult(ids.ToDictionary(id => id, id => $"Name {id}"));
    }
}
