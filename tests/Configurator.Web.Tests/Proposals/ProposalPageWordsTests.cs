using System.Globalization;
using Configurator.Web.Features.Proposals;
using Configurator.Web.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Configurator.Web.Tests.Proposals;

/// <summary>How long a proposal has waited and how long a payback takes, as the queue and the figures panel say them in each language.</summary>
public sealed class ProposalPageWordsTests(AppFactory app) : IClassFixture<AppFactory>
{
    private T In<T>(string language, Func<ProposalPageWords, T> say)
    {
        var (culture, ui) = (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture);
        try
        {
            CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(language);
            return say(app.Services.GetRequiredService<ProposalPageWords>());
        }
        finally
        {
            (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture) = (culture, ui);
        }
    }

    [Theory]
    [InlineData(0, "submitted just now", "刚刚提交")]
    [InlineData(59, "submitted just now", "刚刚提交")]
    [InlineData(60, "waiting 1 minute", "已等待 1 分钟")]
    [InlineData(150, "waiting 2 minutes", "已等待 2 分钟")]
    [InlineData(3600, "waiting 1 hour", "已等待 1 小时")]
    [InlineData(90000, "waiting 1 day", "已等待 1 天")]
    [InlineData(200000, "waiting 2 days", "已等待 2 天")]
    public void WaitedSaysJustNowUnderAMinuteAndOneUnitInTheSingular(int seconds, string english, string chinese)
    {
        Assert.Equal(english, In("en", w => w.Waited(TimeSpan.FromSeconds(seconds))));
        Assert.Equal(chinese, In("zh-CN", w => w.Waited(TimeSpan.FromSeconds(seconds))));
    }

    [Theory]
    [InlineData("1", "1 month", "1 个月")]
    [InlineData("1.04", "1 month", "1 个月")]
    [InlineData("1.5", "1.5 months", "1.5 个月")]
    [InlineData("0.5", "0.5 months", "0.5 个月")]
    [InlineData("12", "12 months", "12 个月")]
    public void MonthsIsSingularOnlyWhenItShowsAsOne(string months, string english, string chinese)
    {
        var value = decimal.Parse(months, CultureInfo.InvariantCulture);

        Assert.Equal(english, In("en", w => w.Months(value)));
        Assert.Equal(chinese, In("zh-CN", w => w.Months(value)));
    }
}
