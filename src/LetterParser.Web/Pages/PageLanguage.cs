using LetterParser.Core.Reports;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace LetterParser.Web.Pages;

/// <summary>
/// Which official language a page speaks: <c>?language=en|fr</c> (remembered in a cookie for the next pages), else
/// the remembered choice, else the letter's own language on its report, else the browser's Accept-Language, else
/// English.
/// </summary>
public static class PageLanguage
{
    public const string CookieName = "lp-language";

    public static ReportLanguage Resolve(HttpContext context, LetterReport? report = null)
    {
        if (UiText.Parse(context.Request.Query["language"]) is { } asked)
        {
            context.Response.Cookies.Append(CookieName, asked == ReportLanguage.Fr ? "fr" : "en", new CookieOptions
            {
                HttpOnly = true,
                SameSite = SameSiteMode.Lax,
                Secure = context.Request.IsHttps,
                MaxAge = TimeSpan.FromDays(365),
            });
            return asked;
        }
        if (UiText.Parse(context.Request.Cookies[CookieName]) is { } remembered)
            return remembered;
        if (report is not null)
            return UiText.DefaultFor(report);
        return FromAcceptLanguage(context.Request.Headers.AcceptLanguage.ToString()) ?? ReportLanguage.En;
    }

    /// <summary>The first of English or French in an Accept-Language header, by its q weight.</summary>
    public static ReportLanguage? FromAcceptLanguage(string header) =>
        header.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select((part, index) =>
            {
                var pieces = part.Split(';', StringSplitOptions.TrimEntries);
                var q = pieces.Skip(1).Where(p => p.StartsWith("q=", StringComparison.Ordinal))
                    .Select(p => double.TryParse(p[2..], System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out var v) ? v : 0)
                    .DefaultIfEmpty(1).First();
                return (Language: UiText.Parse(pieces[0]), Q: q, Index: index);
            })
            .Where(x => x.Language is not null && x.Q > 0)
            .OrderByDescending(x => x.Q).ThenBy(x => x.Index)
            .Select(x => x.Language)
            .FirstOrDefault();
}

/// <summary>A page that speaks the reader's official language; the layout reads <see cref="Ui"/> for its own words.</summary>
public abstract class LocalizedPageModel : PageModel
{
    public UiText Ui { get; protected set; } = UiText.English;

    /// <summary>This page's address in the other language, for the switch in the header.</summary>
    public string OtherLanguageUrl => Request.Path + "?language=" + (Ui.Language == ReportLanguage.Fr ? "en" : "fr");

    protected void UseLanguage(LetterReport? report = null) => Ui = UiText.For(PageLanguage.Resolve(HttpContext, report));
}
