namespace Configurator.Web.Demo;

/// <summary>What clients in Greater China say, per pain category, in their own words (Simplified Chinese).</summary>
public static class PainPhrasesChinese
{
    public static IReadOnlyDictionary<string, PainPhrases.Bank> ByCategory { get; } = new Dictionary<string, PainPhrases.Bank>
    {
        ["SLOW-FULFIL"] = new(["订单等待人工审核", "错过当日发货截止时间"], ["上午十点下的订单，下午四点还在仓库里。", "我们承诺次日达，但每一百单里有{n}单赶不上车。"]),
        ["STOCK-ERRORS"] = new(["系统库存与实物不符", "拣货时库位是空的"], ["系统显示有货，货架上却没有，客户已经收到确认了。", "每年盘点都要核销大约{n}万元说不清的库存。"]),
        ["MANUAL-REPORTING"] = new(["周报靠手工整理", "看不到现场实时数据"], ["每周一两个人整个上午都在往管理报表里抄数字。", "等我看到效率数据的时候，这一周已经结束了。"]),
        ["INTEGRATION-GAPS"] = new(["订单从ERP重复录入", "网店库存不同步"], ["我们把ERP里的订单打印出来，再手工录进仓库系统。", "同步一晚上才跑一次，网店卖出了昨天已经发走的货。"]),
        ["COMPLIANCE"] = new(["审计发现追溯问题", "召回需要好几天"], ["上次审计有{n}条发现，大部分和追溯有关。", "如果供应商今天召回一个批次，我们要好几天才能找到所有收货客户。"]),
        ["DOWNTIME"] = new(["系统故障导致停止发货", "夜间没有技术支持"], ["周六晚上系统宕机，直到周一才有人接电话。", "系统每停一个小时，我们大约损失{n}万元的延迟订单。"]),
        ["ADOPTION"] = new(["员工绕开系统工作", "培训效果不持久"], ["上线两年了，大家还在系统旁边记自己的表格。", "我们在教室里培训了所有人，一个月后又回到老办法。"]),
        ["CARRIER-COSTS"] = new(["运费不断上涨", "没有比价"], ["去年运费涨了{n}%，我们也说不清原因。", "比价太费时间，所以所有线路都用同一家承运商。"]),
        ["PEAK-CAPACITY"] = new(["旺季积压", "四季度加班费高"], ["从十一月到一月积压一直清不掉，只能周末加班。", "上个旺季加班费花了大约{n}万元，还是有延误。"]),
        ["RETURNS"] = new(["退货堆积未处理", "退款要好几周"], ["角落里有好几托盘退货，几周都没人打开。", "客户要等{n}天才能拿到退款，然后就打电话来投诉。"]),
        ["LABOUR"] = new(["招不到拣货员", "新员工上手慢"], ["仓库有{n}个岗位空缺，没人来应聘。", "新拣货员要三周才能达到正常速度，很多人没到那时就走了。"]),
    };
}
