using Bunit;
using Microsoft.AspNetCore.Components.Web;
using Sujuva.Web.Components.Pages.Boards;

namespace Sujuva.Components.Tests;

public sealed class CardMenuTests : ComponentTest
{
    private readonly List<string> _chosen = [];

    private IRenderedComponent<CardMenu> Menu() => Render<CardMenu>(p => p
        .Add(c => c.Label, "Move to…").Add(c => c.AriaLabel, "Move to… (case of C-1)")
        .Add(c => c.Items, [new CardMenuItem("Work", () => Choose("Work")), new CardMenuItem("Done", () => Choose("Done"))]));

    private Task Choose(string item)
    {
        _chosen.Add(item);
        return Task.CompletedTask;
    }

    [Fact]
    public void Menu_Closed_RendersOnlyTheButton()
    {
        var cut = Menu();

        Assert.Equal("false", cut.Find("button").GetAttribute("aria-expanded"));
        Assert.Equal("menu", cut.Find("button").GetAttribute("aria-haspopup"));
        Assert.Empty(cut.FindAll("[role=menuitem]"));
    }

    [Fact]
    public void Menu_Opened_ListsItemsAndChoosingOneRunsItAndCloses()
    {
        var cut = Menu();

        cut.Find("button.card-menu-button").Click();
        Assert.Equal(["Work", "Done"], cut.FindAll("[role=menuitem]").Select(i => i.TextContent));
        Assert.Equal("true", cut.Find("button.card-menu-button").GetAttribute("aria-expanded"));
        cut.FindAll("[role=menuitem]")[1].Click();

        Assert.Equal(["Done"], _chosen);
        Assert.Empty(cut.FindAll("[role=menuitem]"));
    }

    [Fact]
    public void Menu_Escape_ClosesWithoutChoosing()
    {
        var cut = Menu();
        cut.Find("button.card-menu-button").Click();

        cut.Find("[role=menu]").KeyDown(new KeyboardEventArgs { Key = "Escape" });

        Assert.Empty(cut.FindAll("[role=menu]"));
        Assert.Empty(_chosen);
    }
}
