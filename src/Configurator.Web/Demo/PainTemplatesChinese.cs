namespace Configurator.Web.Demo;

/// <summary>What clients in Greater China say, per pain category, in Simplified Chinese; amounts are yearly, in 万元.</summary>
public static class PainTemplatesChinese
{
    public static IReadOnlyDictionary<string, IReadOnlyList<PainTemplate>> ByCategory { get; } = new Dictionary<string, IReadOnlyList<PainTemplate>>
    {
        ["SLOW-FULFIL"] =
        [
            new("订单等待人工审核", "上午十点下的订单，下午四点还在等人工审核。", 3),
            new("错过当日发货截止时间", "我们承诺次日达，赶不上车的订单每年带来大约{amount}的罚款和退款。", 4),
        ],
        ["STOCK-ERRORS"] =
        [
            new("系统库存与实物不符", "系统显示有货，货架上却没有，客户已经收到确认了。", 3),
            new("年底盘点核销", "每年盘点都要核销大约{amount}说不清的库存。", 4),
        ],
        ["MANUAL-REPORTING"] =
        [
            new("周报靠手工整理", "每周一两个人整个上午都在往管理报表里抄数字，一年下来大约{amount}的人工。", 2),
            new("看不到现场实时数据", "等我看到效率数据的时候，这一周已经结束了。", 3),
        ],
        ["INTEGRATION-GAPS"] =
        [
            new("订单从ERP重复录入", "我们把ERP里的订单打印出来，再手工录进仓库系统。", 3),
            new("网店库存不同步", "网店卖出了昨天已经发走的货，取消订单每年损失大约{amount}。", 4),
        ],
        ["COMPLIANCE"] =
        [
            new("审计发现追溯问题", "上次审计发现追溯有漏洞，手工补救每年要花大约{amount}。", 4),
            new("召回需要好几天", "如果供应商今天召回一个批次，我们要好几天才能找到所有收货客户。", 5),
        ],
        ["DOWNTIME"] =
        [
            new("系统故障导致停止发货", "系统一停就不能发货，去年由此延误的订单损失大约{amount}。", 5),
            new("夜间没有技术支持", "周六晚上系统宕机，直到周一才有人接电话。", 4),
        ],
        ["ADOPTION"] =
        [
            new("员工绕开系统工作", "上线两年了，大家还在系统旁边记自己的表格。", 3),
            new("培训效果不持久", "我们在教室里培训了所有人，一个月后又回到老办法。", 2),
        ],
        ["CARRIER-COSTS"] =
        [
            new("运费不断上涨", "去年运费又涨了大约{amount}，我们也说不清原因。", 4),
            new("没有比价", "比价太费时间，所以所有线路都用同一家承运商。", 3),
        ],
        ["PEAK-CAPACITY"] =
        [
            new("四季度加班费高", "上个旺季加班费花了大约{amount}，还是有延误。", 4),
            new("旺季积压", "从十一月到一月积压一直清不掉，只能周末加班。", 3),
        ],
        ["RETURNS"] =
        [
            new("退货堆积未处理", "角落里有好几托盘退货，几周都没人打开。", 3),
            new("可再售商品被报废", "检查太费时间，本来能再卖的退货每年报废大约{amount}。", 3),
        ],
        ["LABOUR"] =
        [
            new("招不到拣货员", "仓库的拣货岗位一直空缺，没人来应聘。", 4),
            new("员工流失率高", "仓库每年流失三分之一的员工，招聘和培训新人要花大约{amount}。", 4),
        ],
    };
}
