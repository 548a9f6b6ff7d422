namespace Sujuva.Web.Components.Pages.Boards;

/// <summary>One entry of a card's menu: its text and what choosing it does.</summary>
public sealed record CardMenuItem(string Text, Func<Task> Choose);
