<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="zh_CN">
    <context>
        <name>DisplayText</name>
        <message>
            <source>未知</source>
            <translation>unknown</translation>
        </message>
        <message>
            <source>砖混</source>
            <translation>masonry</translation>
        </message>
        <message>
            <source>砖木</source>
            <translation>brick-wood</translation>
        </message>
        <message>
            <source>框架</source>
            <translation>frame</translation>
        </message>
        <message>
            <source>钢结构</source>
            <translation>steel</translation>
        </message>
        <message>
            <source>木结构</source>
            <translation>timber</translation>
        </message>
        <message>
            <source>土木</source>
            <translation>earth/adobe</translation>
        </message>
        <message>
            <source>其他</source>
            <translation>other</translation>
        </message>
        <message>
            <source>居住</source>
            <translation>residential</translation>
        </message>
        <message>
            <source>经营</source>
            <translation>commercial</translation>
        </message>
        <message>
            <source>公共</source>
            <translation>public</translation>
        </message>
        <message>
            <source>混合</source>
            <translation>mixed</translation>
        </message>
        <message>
            <source>工业</source>
            <translation>industrial</translation>
        </message>
        <message>
            <source>未排查</source>
            <translation>not surveyed</translation>
        </message>
        <message>
            <source>已排查</source>
            <translation>surveyed</translation>
        </message>
        <message>
            <source>无</source>
            <translation>none</translation>
        </message>
        <message>
            <source>有</source>
            <translation>hazard</translation>
        </message>
        <message>
            <source>存疑</source>
            <translation>suspect</translation>
        </message>
        <message>
            <source>未鉴定</source>
            <translation>not appraised</translation>
        </message>
        <message>
            <source>A级</source>
            <translation>Grade A</translation>
        </message>
        <message>
            <source>B级</source>
            <translation>Grade B</translation>
        </message>
        <message>
            <source>C级</source>
            <translation>Grade C</translation>
        </message>
        <message>
            <source>D级</source>
            <translation>Grade D</translation>
        </message>
        <message>
            <source>停止使用</source>
            <translation>stop use</translation>
        </message>
        <message>
            <source>清人封房</source>
            <translation>evacuated and sealed</translation>
        </message>
        <message>
            <source>维修</source>
            <translation>repair</translation>
        </message>
        <message>
            <source>加固</source>
            <translation>reinforce</translation>
        </message>
        <message>
            <source>局部拆除</source>
            <translation>partial demolition</translation>
        </message>
        <message>
            <source>拆除</source>
            <translation>demolition</translation>
        </message>
        <message>
            <source>重建</source>
            <translation>rebuild</translation>
        </message>
        <message>
            <source>搬迁</source>
            <translation>relocate</translation>
        </message>
        <message>
            <source>复核无隐患</source>
            <translation>re-checked: no hazard</translation>
        </message>
        <message>
            <source>鉴定AB级</source>
            <translation>appraised A/B</translation>
        </message>
        <message>
            <source>工程措施</source>
            <translation>engineering measures</translation>
        </message>
        <message>
            <source>管理措施</source>
            <translation>management measures only</translation>
        </message>
        <message>
            <source>C/D级危房未完成工程整治</source>
            <translation>grade C/D, engineering measures not done</translation>
        </message>
        <message>
            <source>C/D级已工程整治并销号</source>
            <translation>grade C/D, engineered and closed</translation>
        </message>
        <message>
            <source>仅管理措施销号，待专业复核</source>
            <translation>closed by management measures only, needs a professional re-check</translation>
        </message>
        <message>
            <source>初判存疑，待鉴定</source>
            <translation>suspected hazard, awaiting appraisal</translation>
        </message>
        <message>
            <source>初判有隐患，待鉴定</source>
            <translation>initial hazard, awaiting appraisal</translation>
        </message>
        <message>
            <source>工程措施整治并销号</source>
            <translation>engineered and closed</translation>
        </message>
        <message>
            <source>已工程整治，待销号</source>
            <translation>engineered, awaiting closure</translation>
        </message>
        <message>
            <source>已销号</source>
            <translation>closed</translation>
        </message>
        <message>
            <source>技术复核无隐患</source>
            <translation>re-checked by technicians: no hazard</translation>
        </message>
        <message>
            <source>排查无隐患</source>
            <translation>surveyed: no hazard</translation>
        </message>
        <message>
            <source>排查结论缺失</source>
            <translation>surveyed without a verdict</translation>
        </message>
        <message>
            <source>无码</source>
            <translation>no code</translation>
        </message>
        <message>
            <source>直接工程措施整治中</source>
            <translation>direct engineering measures under way</translation>
        </message>
        <message>
            <source>管控中：停止使用</source>
            <translation>under control: stop use</translation>
        </message>
        <message>
            <source>管控中：清人封房</source>
            <translation>under control: evacuated and sealed</translation>
        </message>
        <message>
            <source>红码</source>
            <translation>red code</translation>
        </message>
        <message>
            <source>经营性房屋排查结论缺失</source>
            <translation>commercial building surveyed without a verdict</translation>
        </message>
        <message>
            <source>经营性房屋未排查</source>
            <translation>commercial building not surveyed</translation>
        </message>
        <message>
            <source>绿码</source>
            <translation>green code</translation>
        </message>
        <message>
            <source>鉴定为A/B级</source>
            <translation>appraised grade A/B</translation>
        </message>
        <message>
            <source>黄码</source>
            <translation>yellow code</translation>
        </message>
        <message>
            <source>是</source>
            <translation>yes</translation>
        </message>
        <message>
            <source>否</source>
            <translation>no</translation>
        </message>
        <message>
            <source>房屋</source>
            <translation>Buildings</translation>
        </message>
        <message>
            <source>重点区域</source>
            <translation>Key zones</translation>
        </message>
        <message>
            <source>网格</source>
            <translation>Grids</translation>
        </message>
        <message>
            <source>镇街</source>
            <translation>Towns</translation>
        </message>
        <message>
            <source>兴趣点</source>
            <translation>POIs</translation>
        </message>
        <message>
            <source>道路与水系</source>
            <translation>Roads and water</translation>
        </message>
        <message>
            <source>排查点</source>
            <translation>Survey points</translation>
        </message>
        <message>
            <source>自查</source>
            <translation>self-check</translation>
        </message>
        <message>
            <source>排查</source>
            <translation>survey</translation>
        </message>
        <message>
            <source>部门检查</source>
            <translation>department check</translation>
        </message>
        <message>
            <source>核查</source>
            <translation>verification</translation>
        </message>
        <message>
            <source>抽查</source>
            <translation>spot check</translation>
        </message>
        <message>
            <source>鉴定</source>
            <translation>appraisal</translation>
        </message>
        <message>
            <source>管控</source>
            <translation>control</translation>
        </message>
        <message>
            <source>整治</source>
            <translation>rectification</translation>
        </message>
        <message>
            <source>销号</source>
            <translation>closure</translation>
        </message>
        <message>
            <source>巡查</source>
            <translation>patrol</translation>
        </message>
        <message>
            <source>更正</source>
            <translation>correction</translation>
        </message>
        <message>
            <source>导入</source>
            <translation>import</translation>
        </message>
        <message>
            <source>无隐患</source>
            <translation>no hazard</translation>
        </message>
        <message>
            <source>有隐患</source>
            <translation>hazard</translation>
        </message>
        <message>
            <source>管控到位</source>
            <translation>control in place</translation>
        </message>
        <message>
            <source>解除管控</source>
            <translation>control lifted</translation>
        </message>
        <message>
            <source>整治完成</source>
            <translation>rectified</translation>
        </message>
        <message>
            <source>无法进入</source>
            <translation>no access</translation>
        </message>
        <message>
            <source>责令重新排查</source>
            <translation>ordered to re-survey</translation>
        </message>
        <message>
            <source>撤销重新排查</source>
            <translation>re-survey order withdrawn</translation>
        </message>
    </context>
    <context>
        <name>Layout</name>
        <message>
            <source>房屋分类统计</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>房屋</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>重点区域</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>网格</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>镇街</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>兴趣点</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>道路与水系</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>排查点</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>图例</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>北</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>千米</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>米</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>比例尺 %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{area}排查整治情况统计</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>台账各列仅统计自建房</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>…… 另 %1 行未列出（见台账）</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>PresetStyles</name>
        <message>
            <source>学校周边</source>
            <translation>School surroundings</translation>
        </message>
        <message>
            <source>幼儿园周边</source>
            <translation>Kindergarten surroundings</translation>
        </message>
        <message>
            <source>医院周边</source>
            <translation>Hospital surroundings</translation>
        </message>
        <message>
            <source>劳动密集型企业周边</source>
            <translation>Labour-intensive enterprises</translation>
        </message>
        <message>
            <source>重大工程周边</source>
            <translation>Major construction projects</translation>
        </message>
        <message>
            <source>铁路公路两侧</source>
            <translation>Along railways and roads</translation>
        </message>
        <message>
            <source>城乡结合部</source>
            <translation>Urban-rural fringe</translation>
        </message>
        <message>
            <source>城中村</source>
            <translation>Urban village</translation>
        </message>
        <message>
            <source>安置区</source>
            <translation>Resettlement area</translation>
        </message>
        <message>
            <source>工业园区</source>
            <translation>Industrial park</translation>
        </message>
        <message>
            <source>矿区</source>
            <translation>Mining area</translation>
        </message>
        <message>
            <source>景区</source>
            <translation>Scenic area</translation>
        </message>
        <message>
            <source>老城区老街</source>
            <translation>Old town and old streets</translation>
        </message>
        <message>
            <source>坡地建筑群</source>
            <translation>Slope building cluster</translation>
        </message>
        <message>
            <source>集贸市场</source>
            <translation>Market</translation>
        </message>
        <message>
            <source>农家乐</source>
            <translation>Agritainment</translation>
        </message>
        <message>
            <source>地质灾害易发区</source>
            <translation>Geologic hazard area</translation>
        </message>
        <message>
            <source>按排查状态</source>
            <translation>By survey status</translation>
        </message>
        <message>
            <source>已排查</source>
            <translation>Surveyed</translation>
        </message>
        <message>
            <source>未排查</source>
            <translation>Not surveyed</translation>
        </message>
        <message>
            <source>按隐患等级</source>
            <translation>By hazard grade</translation>
        </message>
        <message>
            <source>结论缺失</source>
            <translation>No verdict</translation>
        </message>
        <message>
            <source>无隐患</source>
            <translation>No hazard</translation>
        </message>
        <message>
            <source>初判隐患</source>
            <translation>Initial hazard</translation>
        </message>
        <message>
            <source>A级</source>
            <translation>Grade A</translation>
        </message>
        <message>
            <source>B级</source>
            <translation>Grade B</translation>
        </message>
        <message>
            <source>C级</source>
            <translation>Grade C</translation>
        </message>
        <message>
            <source>D级</source>
            <translation>Grade D</translation>
        </message>
        <message>
            <source>管控中（斜线）</source>
            <translation>Under control (hatched)</translation>
        </message>
        <message>
            <source>按健康码</source>
            <translation>By health code</translation>
        </message>
        <message>
            <source>绿码</source>
            <translation>Green code</translation>
        </message>
        <message>
            <source>黄码</source>
            <translation>Yellow code</translation>
        </message>
        <message>
            <source>红码</source>
            <translation>Red code</translation>
        </message>
        <message>
            <source>无码</source>
            <translation>No code</translation>
        </message>
        <message>
            <source>按类型填充</source>
            <translation>Filled by zone type</translation>
        </message>
        <message>
            <source>其他区域</source>
            <translation>Other zones</translation>
        </message>
        <message>
            <source>网格边界</source>
            <translation>Grid outlines</translation>
        </message>
        <message>
            <source>网格</source>
            <translation>Grids</translation>
        </message>
        <message>
            <source>镇街边界</source>
            <translation>Town outlines</translation>
        </message>
        <message>
            <source>镇街</source>
            <translation>Towns</translation>
        </message>
        <message>
            <source>兴趣点</source>
            <translation>POIs</translation>
        </message>
        <message>
            <source>线要素</source>
            <translation>Lines</translation>
        </message>
        <message>
            <source>铁路</source>
            <translation>Railway</translation>
        </message>
        <message>
            <source>水系</source>
            <translation>Water</translation>
        </message>
        <message>
            <source>道路</source>
            <translation>Road</translation>
        </message>
        <message>
            <source>排查点</source>
            <translation>Survey points</translation>
        </message>
        <message>
            <source>覆盖率 &lt; 80%</source>
            <translation>Coverage &lt; 80%</translation>
        </message>
        <message>
            <source>覆盖率 80%–90%</source>
            <translation>Coverage 80%–90%</translation>
        </message>
        <message>
            <source>覆盖率 90%–95%</source>
            <translation>Coverage 90%–95%</translation>
        </message>
        <message>
            <source>覆盖率 95%–99%</source>
            <translation>Coverage 95%–99%</translation>
        </message>
        <message>
            <source>覆盖率 ≥ 99%</source>
            <translation>Coverage ≥ 99%</translation>
        </message>
        <message>
            <source>网格覆盖率</source>
            <translation>Grid coverage</translation>
        </message>
        <message>
            <source>无房屋</source>
            <translation>No buildings</translation>
        </message>
        <message>
            <source>未排查房屋密度</source>
            <translation>Density of unchecked buildings</translation>
        </message>
        <message>
            <source>按类型晕线</source>
            <translation>Hatched by zone type</translation>
        </message>
        <message>
            <source>分类着色</source>
            <translation>Categorized</translation>
        </message>
        <message>
            <source>分级着色</source>
            <translation>Graduated</translation>
        </message>
        <message>
            <source>其他</source>
            <translation>Other</translation>
        </message>
        <message>
            <source>（空）</source>
            <translation>(empty)</translation>
        </message>
        <message>
            <source>非数值</source>
            <translation>Not a number</translation>
        </message>
    </context>
    <context>
        <name>fangan</name>
        <message>
            <source>所属镇街：%1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>网格员：%1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>电话：%1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>网格 %1 个</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>镇街 %1 个</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>房屋 %1 栋</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>（未分网格）</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>房屋数</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>未排查</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>排查覆盖率</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>待鉴定</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>C/D未整治</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>管控中</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>合计</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>类别</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>网格</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>镇街</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>（未填镇街）</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>重点区域类型</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>重点区域合计</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>fangan::AtlasDocument</name>
        <message>
            <source>（未填镇街）</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>目录</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>目　录</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>目　录（续）</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>第 %1 页 / 共 %2 页</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>fangan::Layout</name>
        <message>
            <source>全区</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>fangan::gui::BuildingArchivePanel</name>
        <message>
            <source>添加照片/文件…</source>
            <translation>Add photos/files…</translation>
        </message>
        <message>
            <source>导出档案 PDF…</source>
            <translation>Export archive PDF…</translation>
        </message>
        <message>
            <source>服务器项目暂不支持附件</source>
            <translation>Server projects do not keep attachments yet</translation>
        </message>
        <message>
            <source>项目</source>
            <translation>Field</translation>
        </message>
        <message>
            <source>内容</source>
            <translation>Value</translation>
        </message>
        <message>
            <source>日期</source>
            <translation>Date</translation>
        </message>
        <message>
            <source>类型</source>
            <translation>Kind</translation>
        </message>
        <message>
            <source>人员</source>
            <translation>Inspector</translation>
        </message>
        <message>
            <source>结果</source>
            <translation>Result</translation>
        </message>
        <message>
            <source>备注</source>
            <translation>Note</translation>
        </message>
        <message>
            <source>在地图上点击一栋房屋查看档案</source>
            <translation>Click a building on the map to see its archive</translation>
        </message>
        <message>
            <source>房屋档案：%1</source>
            <translation>Building archive: %1</translation>
        </message>
        <message>
            <source>房屋编码</source>
            <translation>Building code</translation>
        </message>
        <message>
            <source>地址</source>
            <translation>Address</translation>
        </message>
        <message>
            <source>镇街</source>
            <translation>Town</translation>
        </message>
        <message>
            <source>社区村</source>
            <translation>Community / village</translation>
        </message>
        <message>
            <source>网格</source>
            <translation>Grid</translation>
        </message>
        <message>
            <source>健康码</source>
            <translation>Health code</translation>
        </message>
        <message>
            <source>%1（%2）</source>
            <translation>%1 (%2)</translation>
        </message>
        <message>
            <source>重点区域</source>
            <translation>Key zones</translation>
        </message>
        <message>
            <source>自建房</source>
            <translation>Self-built</translation>
        </message>
        <message>
            <source>层数</source>
            <translation>Floors</translation>
        </message>
        <message>
            <source>结构</source>
            <translation>Structure</translation>
        </message>
        <message>
            <source>建成年份</source>
            <translation>Year built</translation>
        </message>
        <message>
            <source>设计使用年限</source>
            <translation>Design service life</translation>
        </message>
        <message>
            <source>%1（默认）</source>
            <translation>%1 (default)</translation>
        </message>
        <message>
            <source>用途</source>
            <translation>Use</translation>
        </message>
        <message>
            <source>经营类型</source>
            <translation>Business type</translation>
        </message>
        <message>
            <source>人员密集</source>
            <translation>People-dense</translation>
        </message>
        <message>
            <source>正规设计施工</source>
            <translation>Professionally designed and built</translation>
        </message>
        <message>
            <source>加层</source>
            <translation>Added floors</translation>
        </message>
        <message>
            <source>改变结构</source>
            <translation>Altered structure</translation>
        </message>
        <message>
            <source>改变用途</source>
            <translation>Changed use</translation>
        </message>
        <message>
            <source>开挖地下</source>
            <translation>Basement excavation</translation>
        </message>
        <message>
            <source>沉降开裂变形</source>
            <translation>Settlement, cracks, deformation</translation>
        </message>
        <message>
            <source>排查状态</source>
            <translation>Survey status</translation>
        </message>
        <message>
            <source>排查日期</source>
            <translation>Survey date</translation>
        </message>
        <message>
            <source>初判隐患</source>
            <translation>Initial hazard</translation>
        </message>
        <message>
            <source>隐患发现日期</source>
            <translation>Hazard found on</translation>
        </message>
        <message>
            <source>责成鉴定日期</source>
            <translation>Owner ordered to appraise on</translation>
        </message>
        <message>
            <source>复核无隐患</source>
            <translation>re-checked: no hazard</translation>
        </message>
        <message>
            <source>直接工程措施</source>
            <translation>Direct engineering measures</translation>
        </message>
        <message>
            <source>鉴定等级</source>
            <translation>Appraisal grade</translation>
        </message>
        <message>
            <source>鉴定日期</source>
            <translation>Appraisal date</translation>
        </message>
        <message>
            <source>管控措施</source>
            <translation>Control measure</translation>
        </message>
        <message>
            <source>整治措施</source>
            <translation>Rectification</translation>
        </message>
        <message>
            <source>整治完成</source>
            <translation>Rectification done</translation>
        </message>
        <message>
            <source>整治日期</source>
            <translation>Rectification date</translation>
        </message>
        <message>
            <source>销号</source>
            <translation>Closed</translation>
        </message>
        <message>
            <source>销号日期</source>
            <translation>Closure date</translation>
        </message>
        <message>
            <source>销号依据</source>
            <translation>Closure basis</translation>
        </message>
    
        <message>
            <source>编辑责任人与手续…</source>
            <translation>Edit responsible parties…</translation>
        </message>
        <message>
            <source>一栋一策…</source>
            <translation>Rectification plan…</translation>
        </message>
        <message>
            <source>%1，%2，期限 %3</source>
            <translation>%1, %2, due %3</translation>
        </message>
        <message>
            <source>（逾期）</source>
            <translation> (overdue)</translation>
        </message>
        <message>
            <source>一栋一策</source>
            <translation>Rectification plan</translation>
        </message>
        <message>
            <source>问题台账</source>
            <translation>Problem register</translation>
        </message>
        <message>
            <source>%1 个，未办结 %2 个，逾期 %3 个</source>
            <translation>%1, %2 open, %3 overdue</translation>
        </message>
        <message>
            <source>产权人</source>
            <translation>Owner</translation>
        </message>
        <message>
            <source>产权人电话</source>
            <translation>Owner phone</translation>
        </message>
        <message>
            <source>使用人</source>
            <translation>Occupant</translation>
        </message>
        <message>
            <source>使用人电话</source>
            <translation>Occupant phone</translation>
        </message>
        <message>
            <source>行业主管部门</source>
            <translation>Industry department</translation>
        </message>
        <message>
            <source>立项手续</source>
            <translation>Project approval</translation>
        </message>
        <message>
            <source>用地手续</source>
            <translation>Land-use approval</translation>
        </message>
        <message>
            <source>规划手续</source>
            <translation>Planning approval</translation>
        </message>
        <message>
            <source>施工手续</source>
            <translation>Construction approval</translation>
        </message>
        <message>
            <source>消防手续</source>
            <translation>Fire-safety approval</translation>
        </message>
        <message>
            <source>有</source>
            <translation>Yes</translation>
        </message>
        <message>
            <source>无</source>
            <translation>No</translation>
        </message>
        <message>
            <source>下达隐患通知书…</source>
            <translation>Issue hazard notice…</translation>
        </message>
        <message>
            <source>%1，%2 下达</source>
            <translation>%1, issued %2</translation>
        </message>
        <message>
            <source>，整改期限 %1</source>
            <translation>, deadline %1</translation>
        </message>
        <message>
            <source>隐患通知书</source>
            <translation>Hazard notice</translation>
        </message>
        <message>
            <source>再次下达隐患通知书</source>
            <translation>Hazard notice issued again</translation>
        </message>
        <message>
            <source>下达隐患通知书</source>
            <translation>Hazard notice issued</translation>
        </message>
</context>
    <context>
        <name>fangan::gui::LayerTreeWidget</name>
        <message>
            <source>%1（%2）</source>
            <translation>%1 (%2)</translation>
        </message>
        <message>
            <source>%1（加载失败）</source>
            <translation>%1 (failed to load)</translation>
        </message>
        <message numerus="yes">
            <source>%n 个几何无法读取，未显示</source>
            <translation>
                <numerusform>%n geometry could not be read and is not shown</numerusform>
                <numerusform>%n geometries could not be read and are not shown</numerusform>
            </translation>
        </message>
        <message>
            <source>%1  %2</source>
            <translation>%1  %2</translation>
        </message>
        <message>
            <source>上移</source>
            <translation>Move up</translation>
        </message>
        <message>
            <source>下移</source>
            <translation>Move down</translation>
        </message>
        <message>
            <source>不透明度…</source>
            <translation>Opacity…</translation>
        </message>
        <message>
            <source>样式</source>
            <translation>Style</translation>
        </message>
        <message>
            <source>分类着色…</source>
            <translation>Categorized…</translation>
        </message>
        <message>
            <source>分级着色…</source>
            <translation>Graduated…</translation>
        </message>
    </context>
    <context>
        <name>fangan::gui::MainWindow</name>
        <message>
            <source>无法接收其他用户的修改：%1</source>
            <translation>Cannot receive other users&apos; changes: %1</translation>
        </message>
        <message>
            <source>其他用户修改了项目 %1</source>
            <translation>Other users changed project %1</translation>
        </message>
        <message>
            <source>重点区域</source>
            <translation>Key zones</translation>
        </message>
        <message>
            <source>房安</source>
            <translation>Fangan</translation>
        </message>
        <message>
            <source>图层</source>
            <translation>Layers</translation>
        </message>
        <message>
            <source>房屋档案</source>
            <translation>Building archive</translation>
        </message>
        <message>
            <source>视图(&amp;V)</source>
            <translation>&amp;View</translation>
        </message>
        <message>
            <source>文件(&amp;F)</source>
            <translation>&amp;File</translation>
        </message>
        <message>
            <source>打开项目(&amp;O)…</source>
            <translation>&amp;Open project…</translation>
        </message>
        <message>
            <source>退出(&amp;Q)</source>
            <translation>&amp;Quit</translation>
        </message>
        <message>
            <source>地图</source>
            <translation>Map</translation>
        </message>
        <message>
            <source>全图</source>
            <translation>Full extent</translation>
        </message>
        <message>
            <source>显示项目全部范围（Home）</source>
            <translation>Show the whole project (Home)</translation>
        </message>
        <message>
            <source>房屋着色：</source>
            <translation>Colour buildings: </translation>
        </message>
        <message>
            <source>房安 — %1</source>
            <translation>Fangan — %1</translation>
        </message>
        <message>
            <source>已打开 %1：%2 栋房屋，加载用时 %3 毫秒</source>
            <translation>Opened %1: %2 buildings, loaded in %3 ms</translation>
        </message>
        <message>
            <source>打开项目</source>
            <translation>Open project</translation>
        </message>
        <message>
            <source>房安项目 (*.sqlite *.fangan *.db);;所有文件 (*)</source>
            <translation>Fangan projects (*.sqlite *.fangan *.db);;All files (*)</translation>
        </message>
        <message>
            <source>无法打开项目</source>
            <translation>Cannot open the project</translation>
        </message>
        <message>
            <source>读取房屋档案失败：%1</source>
            <translation>Could not read the building archive: %1</translation>
        </message>
        <message>
            <source>%1（%2）</source>
            <translation>%1 (%2)</translation>
        </message>
        <message>
            <source>X %1  Y %2</source>
            <translation>X %1  Y %2</translation>
        </message>
        <message>
            <source>经度 %1°  纬度 %2°</source>
            <translation>Lon %1°  Lat %2°</translation>
        </message>
        <message>
            <source>渲染 %1 毫秒</source>
            <translation>Rendered in %1 ms</translation>
        </message>
        <message>
            <source>比例尺 1:%1</source>
            <translation>Scale 1:%1</translation>
        </message>
        <message>
            <source>撤销失败</source>
            <translation>Undo failed</translation>
        </message>
        <message>
            <source>属性表</source>
            <translation>Attribute table</translation>
        </message>
        <message>
            <source>统计图表</source>
            <translation>Dashboard</translation>
        </message>
        <message>
            <source>优先排查</source>
            <translation>Priority</translation>
        </message>
        <message>
            <source>编辑(&amp;E)</source>
            <translation>&amp;Edit</translation>
        </message>
        <message>
            <source>撤销</source>
            <translation>Undo</translation>
        </message>
        <message>
            <source>重做</source>
            <translation>Redo</translation>
        </message>
        <message>
            <source>登记检查(&amp;I)…</source>
            <translation>Record &amp;inspection…</translation>
        </message>
        <message>
            <source>巡查计划</source>
            <translation>Patrol planner</translation>
        </message>
        <message>
            <source>覆盖缺口视图</source>
            <translation>Coverage gaps view</translation>
        </message>
        <message>
            <source>按排查覆盖率为网格着色，以六边形显示未排查房屋的密度，房屋按排查状态着色</source>
            <translation>Colour grids by survey coverage, show the density of unchecked buildings as hexagons, and colour buildings by survey status</translation>
        </message>
        <message>
            <source>最近打开</source>
            <translation>Recent projects</translation>
        </message>
        <message>
            <source>无法计算覆盖率：%1</source>
            <translation>Cannot compute coverage: %1</translation>
        </message>
        <message>
            <source>排查覆盖率 %1（%2 / %3），未排查 %4 栋</source>
            <translation>Survey coverage %1 (%2 / %3), %4 buildings unchecked</translation>
        </message>
        <message>
            <source>取消</source>
            <translation>Cancel</translation>
        </message>
        <message>
            <source>缩放到所选</source>
            <translation>Zoom to selection</translation>
        </message>
        <message>
            <source>显示选中的房屋或区域</source>
            <translation>Show the selected buildings or area</translation>
        </message>
        <message>
            <source>定位网格/镇街…</source>
            <translation>Go to grid/town…</translation>
        </message>
        <message>
            <source>选择一个网格或镇街并缩放到它（Ctrl+G）</source>
            <translation>Choose a grid or town and zoom to it (Ctrl+G)</translation>
        </message>
        <message>
            <source>正在打开 %1…</source>
            <translation>Opening %1…</translation>
        </message>
        <message>
            <source>已取消打开项目</source>
            <translation>Opening the project was cancelled</translation>
        </message>
        <message>
            <source>项目已被其他程序修改，点击刷新</source>
            <translation>Changed by another program — click to refresh</translation>
        </message>
        <message>
            <source>项目 %1 已被其他程序修改</source>
            <translation>Project %1 was changed by another program</translation>
        </message>
        <message>
            <source>项目正由另一进程写入，等待中…</source>
            <translation>Another process is writing the project, waiting…</translation>
        </message>
        <message>
            <source>已选择 %1 栋房屋</source>
            <translation>%1 buildings selected</translation>
        </message>
        <message>
            <source>没有选中的房屋或区域</source>
            <translation>Nothing is selected</translation>
        </message>
        <message>
            <source>网格</source>
            <translation>Grid</translation>
        </message>
        <message>
            <source>镇街</source>
            <translation>Town</translation>
        </message>
        <message>
            <source>%1 %2</source>
            <translation>%1 %2</translation>
        </message>
        <message>
            <source>%1 %2 %3</source>
            <translation>%1 %2 %3</translation>
        </message>
        <message>
            <source>项目没有网格或镇街</source>
            <translation>The project has no grids or towns</translation>
        </message>
        <message>
            <source>定位网格/镇街</source>
            <translation>Go to grid/town</translation>
        </message>
        <message>
            <source>网格或镇街：</source>
            <translation>Grid or town:</translation>
        </message>
        <message>
            <source>房屋 %1 不在地图上</source>
            <translation>Building %1 is not on the map</translation>
        </message>
        <message>
            <source>正在计算排查覆盖率…</source>
            <translation>Computing survey coverage…</translation>
        </message>
        <message>
            <source>排查覆盖率（网格）</source>
            <translation>Survey coverage (grids)</translation>
        </message>
        <message>
            <source>未排查房屋密度（六边形）</source>
            <translation>Unchecked buildings (hexagons)</translation>
        </message>
        <message>
            <source>文件不存在：%1</source>
            <translation>File not found: %1</translation>
        </message>
        <message>
            <source>生成进度报告(&amp;R)…</source>
            <translation>Progress &amp;report…</translation>
        </message>
        <message>
            <source>抽查</source>
            <translation>Spot checks</translation>
        </message>
    
        <message>
            <source>问题台账</source>
            <translation>Problem register</translation>
        </message>
        <message>
            <source>移送</source>
            <translation>Referrals</translation>
        </message>
        <message>
            <source>下达隐患通知书</source>
            <translation>Issue hazard notice</translation>
        </message>
        <message>
            <source>房屋编码 %1 不在项目中</source>
            <translation>Building code %1 is not in the project</translation>
        </message>
        <message>
            <source>房屋 %1 未初判有隐患、未鉴定为C/D级或已销号，无需下达隐患通知书</source>
            <translation>Building %1 was not judged hazardous, is not graded C/D, or is closed: it needs no hazard notice</translation>
        </message>
        <message>
            <source>保存隐患通知书</source>
            <translation>Save hazard notice</translation>
        </message>
        <message>
            <source>PDF 文件 (*.pdf)</source>
            <translation>PDF files (*.pdf)</translation>
        </message>
        <message>
            <source>已下达隐患通知书 %1，已保存到 %2</source>
            <translation>Hazard notice %1 issued and saved to %2</translation>
        </message>
        <message>
            <source>通知书模板有误：%1</source>
            <translation>The notice template is wrong: %1</translation>
        </message>
        <message>
            <source>未能下达隐患通知书（项目未改动）：%1</source>
            <translation>The hazard notice was not issued (project unchanged): %1</translation>
        </message>
        <message>
            <source>连接服务器(&amp;S)…</source>
            <translation>Connect to &amp;server…</translation>
        </message>
            <message>
            <source>已重新连接服务器；断开期间其他用户的修改请点刷新查看</source>
            <translation>Reconnected to the server; click refresh to see what other users changed meanwhile</translation>
        </message>
            <message>
            <source>正在加载 %1 栋房屋的轮廓，先显示房屋分布密度…</source>
            <translation>Loading the outlines of %1 buildings; showing where they are meanwhile…</translation>
        </message>
    </context>
    <context>
        <name>InspectionEntry</name>
        <message>
            <source>排查</source>
            <translation>Survey</translation>
        </message>
        <message>
            <source>技术复核</source>
            <translation>Technical re-check</translation>
        </message>
        <message>
            <source>鉴定</source>
            <translation>Appraisal</translation>
        </message>
        <message>
            <source>管控</source>
            <translation>Control</translation>
        </message>
        <message>
            <source>整治</source>
            <translation>Rectification</translation>
        </message>
        <message>
            <source>销号</source>
            <translation>Closure</translation>
        </message>
        <message>
            <source>责成鉴定</source>
            <translation>Appraisal order</translation>
        </message>
    </context>
    <context>
        <name>RecordFilter</name>
        <message>
            <source>房屋编码</source>
            <translation>Code</translation>
        </message>
        <message>
            <source>地址</source>
            <translation>Address</translation>
        </message>
        <message>
            <source>镇街</source>
            <translation>Town</translation>
        </message>
        <message>
            <source>社区村</source>
            <translation>Community</translation>
        </message>
        <message>
            <source>网格</source>
            <translation>Grid</translation>
        </message>
        <message>
            <source>排查状态</source>
            <translation>Survey status</translation>
        </message>
        <message>
            <source>排查日期</source>
            <translation>Survey date</translation>
        </message>
        <message>
            <source>初判隐患</source>
            <translation>Initial hazard</translation>
        </message>
        <message>
            <source>鉴定等级</source>
            <translation>Appraisal grade</translation>
        </message>
        <message>
            <source>管控措施</source>
            <translation>Control measure</translation>
        </message>
        <message>
            <source>整治措施</source>
            <translation>Rectification measure</translation>
        </message>
        <message>
            <source>销号</source>
            <translation>Closure</translation>
        </message>
        <message>
            <source>健康码</source>
            <translation>Health code</translation>
        </message>
        <message>
            <source>自建房</source>
            <translation>Self-built</translation>
        </message>
        <message>
            <source>层数</source>
            <translation>Floors</translation>
        </message>
        <message>
            <source>结构</source>
            <translation>Structure</translation>
        </message>
        <message>
            <source>建成年份</source>
            <translation>Year built</translation>
        </message>
        <message>
            <source>用途</source>
            <translation>Use</translation>
        </message>
        <message>
            <source>经营类型</source>
            <translation>Business type</translation>
        </message>
        <message>
            <source>人员密集</source>
            <translation>People-dense</translation>
        </message>
        <message>
            <source>包含</source>
            <translation>contains</translation>
        </message>
        <message>
            <source>为空</source>
            <translation>is empty</translation>
        </message>
    </context>
    <context>
        <name>fangan::gui::InspectionEditor</name>
        <message>
            <source>没有打开的项目</source>
            <translation>No project is open</translation>
        </message>
        <message>
            <source>房屋不存在</source>
            <translation>No such building</translation>
        </message>
        <message>
            <source>房屋 %1 的档案已被修改，无法撤销或重做</source>
            <translation>The record of building %1 has changed since: cannot undo or redo</translation>
        </message>
        <message>
            <source>写入项目失败：%1</source>
            <translation>Could not write to the project: %1</translation>
        </message>
    </context>
    <context>
        <name>fangan::gui::InspectionDialog</name>
        <message>
            <source>登记检查 — %1</source>
            <translation>Record inspection — %1</translation>
        </message>
        <message>
            <source>排查：%1　初判：%2　鉴定：%3　管控：%4　整治：%5　销号：%6
健康码：%7（%8）</source>
            <translation>Survey: %1  Initial: %2  Appraisal: %3  Control: %4  Rectification: %5  Closed: %6
Health code: %7 (%8)</translation>
        </message>
        <message>
            <source>类型</source>
            <translation>Kind</translation>
        </message>
        <message>
            <source>结果</source>
            <translation>Result</translation>
        </message>
        <message>
            <source>鉴定等级</source>
            <translation>Appraisal grade</translation>
        </message>
        <message>
            <source>整治完成</source>
            <translation>Completed</translation>
        </message>
        <message>
            <source>整治措施</source>
            <translation>Rectification measure</translation>
        </message>
        <message>
            <source>日期</source>
            <translation>Date</translation>
        </message>
        <message>
            <source>人员</source>
            <translation>Inspector</translation>
        </message>
        <message>
            <source>备注</source>
            <translation>Note</translation>
        </message>
        <message>
            <source>登记</source>
            <translation>Record</translation>
        </message>
        <message>
            <source>取消</source>
            <translation>Cancel</translation>
        </message>
        <message>
            <source>不能登记：%1</source>
            <translation>Cannot record: %1</translation>
        </message>
        <message>
            <source>重新载入并重新应用</source>
            <translation>Reload and apply again</translation>
        </message>
        <message>
            <source>房屋不存在</source>
            <translation>No such building</translation>
        </message>
    </context>
    <context>
        <name>fangan::gui::AttributeTablePanel</name>
        <message>
            <source>值</source>
            <translation>Value</translation>
        </message>
        <message>
            <source>筛选</source>
            <translation>Filter</translation>
        </message>
        <message>
            <source>全部</source>
            <translation>All</translation>
        </message>
        <message>
            <source>筛选：</source>
            <translation>Filter:</translation>
        </message>
        <message>
            <source>按编码或地址查找</source>
            <translation>Find by code or address</translation>
        </message>
        <message>
            <source>%1 / %2 栋</source>
            <translation>%1 / %2 buildings</translation>
        </message>
        <message>
            <source>未找到“%1”</source>
            <translation>“%1” not found</translation>
        </message>
        <message>
            <source>筛选失败：%1</source>
            <translation>Filter failed: %1</translation>
        </message>
        <message>
            <source>正在筛选…</source>
            <translation>Filtering…</translation>
        </message>
    </context>
    <context>
        <name>fangan::gui::PriorityPanel</name>
        <message>
            <source>序号</source>
            <translation>Rank</translation>
        </message>
        <message>
            <source>房屋编码</source>
            <translation>Code</translation>
        </message>
        <message>
            <source>得分</source>
            <translation>Score</translation>
        </message>
        <message>
            <source>原因</source>
            <translation>Reasons</translation>
        </message>
        <message>
            <source>地址</source>
            <translation>Address</translation>
        </message>
        <message>
            <source>无法读取优先级规则：%1</source>
            <translation>Cannot read the priority rules: %1</translation>
        </message>
        <message>
            <source>网格 %1</source>
            <translation>Grid %1</translation>
        </message>
        <message>
            <source>网格 %1 %2</source>
            <translation>Grid %1 %2</translation>
        </message>
        <message>
            <source>镇街 %1</source>
            <translation>Town %1</translation>
        </message>
        <message>
            <source>%1（%2%3）</source>
            <translation>%1 (%2%3)</translation>
        </message>
        <message>
            <source>共 %1 栋，显示前 %2 栋</source>
            <translation>%1 buildings, showing the first %2</translation>
        </message>
        <message>
            <source>共 %1 栋</source>
            <translation>%1 buildings</translation>
        </message>
        <message>
            <source>正在读取网格和镇街…</source>
            <translation>Reading grids and towns…</translation>
        </message>
        <message>
            <source>无法读取网格和镇街：%1</source>
            <translation>Cannot read the grids and towns: %1</translation>
        </message>
        <message>
            <source>正在排序…</source>
            <translation>Ranking…</translation>
        </message>
        <message>
            <source>无法排序：%1</source>
            <translation>Cannot rank: %1</translation>
        </message>
    </context>
    <context>
        <name>fangan::gui::DashboardPanel</name>
        <message>
            <source>仅统计自建房（台账口径）</source>
            <translation>Self-built houses only (ledger scope)</translation>
        </message>
        <message>
            <source>镇街</source>
            <translation>Town</translation>
        </message>
        <message>
            <source>鉴定率</source>
            <translation>Appraisal rate</translation>
        </message>
        <message>
            <source>整治率</source>
            <translation>Rectification rate</translation>
        </message>
        <message>
            <source>销号率</source>
            <translation>Closure rate</translation>
        </message>
        <message>
            <source>排查覆盖率</source>
            <translation>Survey coverage</translation>
        </message>
        <message>
            <source>隐患等级分布</source>
            <translation>Hazard grades</translation>
        </message>
        <message>
            <source>台账比率</source>
            <translation>Ledger rates</translation>
        </message>
        <message>
            <source>各镇街排查覆盖率</source>
            <translation>Survey coverage by town</translation>
        </message>
        <message>
            <source>已排查</source>
            <translation>Surveyed</translation>
        </message>
        <message>
            <source>未排查</source>
            <translation>Not surveyed</translation>
        </message>
        <message>
            <source>%1 %2</source>
            <translation>%1 %2</translation>
        </message>
        <message>
            <source>（无镇街）</source>
            <translation>(no town)</translation>
        </message>
        <message>
            <source>栋数</source>
            <translation>Buildings</translation>
        </message>
        <message>
            <source>各镇街台账比率（分母为0的比率不画，表中为“—”）</source>
            <translation>Ledger rates by town (a rate with a zero denominator is not drawn; “—” in the table)</translation>
        </message>
        <message>
            <source>正在统计…</source>
            <translation>Computing…</translation>
        </message>
        <message>
            <source>无法统计：%1</source>
            <translation>Cannot compute the figures: %1</translation>
        </message>
        <message>
            <source>按日期查看</source>
            <translation>As of date</translation>
        </message>
        <message>
            <source>显示项目在所选日期当天结束时的统计数字</source>
            <translation>Show the figures as they stood at the end of the chosen day</translation>
        </message>
        <message>
            <source>各镇街排查覆盖率（截至 %1）</source>
            <translation>Survey coverage per town (as of %1)</translation>
        </message>
    </context>
    <context>
        <name>fangan::gui::PatrolPanel</name>
        <message>
            <source>网格</source>
            <translation>Grid</translation>
        </message>
        <message>
            <source>网格员</source>
            <translation>Grid manager</translation>
        </message>
        <message>
            <source>电话</source>
            <translation>Phone</translation>
        </message>
        <message>
            <source> 栋/天</source>
            <translation> buildings/day</translation>
        </message>
        <message>
            <source>默认（%1 栋/天）</source>
            <translation>default (%1 buildings/day)</translation>
        </message>
        <message>
            <source>每日容量</source>
            <translation>Daily capacity</translation>
        </message>
        <message>
            <source>保存网格员</source>
            <translation>Save manager</translation>
        </message>
        <message>
            <source>把网格员、电话和每日容量保存到网格图层</source>
            <translation>Save the manager, phone and daily capacity to the grids layer</translation>
        </message>
        <message>
            <source> 天</source>
            <translation> days</translation>
        </message>
        <message>
            <source>巡查天数</source>
            <translation>Patrol days</translation>
        </message>
        <message>
            <source>开始日期</source>
            <translation>Start date</translation>
        </message>
        <message>
            <source>生成计划</source>
            <translation>Generate plan</translation>
        </message>
        <message>
            <source>导出…</source>
            <translation>Export…</translation>
        </message>
        <message>
            <source>把巡查清单导出为 CSV、XLSX、GeoPackage、GeoJSON 和 PDF 巡查单</source>
            <translation>Export the patrol lists as CSV, XLSX, GeoPackage, GeoJSON and PDF sheets</translation>
        </message>
        <message>
            <source>顺序</source>
            <translation>Order</translation>
        </message>
        <message>
            <source>房屋编码</source>
            <translation>Building code</translation>
        </message>
        <message>
            <source>地址</source>
            <translation>Address</translation>
        </message>
        <message>
            <source>原因</source>
            <translation>Reasons</translation>
        </message>
        <message>
            <source>无法读取优先级规则：%1</source>
            <translation>Cannot read the priority rules: %1</translation>
        </message>
        <message>
            <source>%1 %2</source>
            <translation>%1 %2</translation>
        </message>
        <message>
            <source>保存网格员失败：%1</source>
            <translation>Could not save the grid manager: %1</translation>
        </message>
        <message>
            <source>已保存网格 %1 的网格员信息</source>
            <translation>Saved the manager of grid %1</translation>
        </message>
        <message>
            <source>无法生成巡查计划：%1</source>
            <translation>Cannot plan the patrols: %1</translation>
        </message>
        <message>
            <source>第 %1 天 %2：%3 栋，路线 %4 米，按优先级顺序 %5 米，节省 %6 米（%7%）</source>
            <translation>Day %1 %2: %3 buildings, route %4 m, in priority order %5 m, saving %6 m (%7%)</translation>
        </message>
        <message>
            <source>应巡查 %1 栋，已排 %2 栋，未排 %3 栋（每日 %4 栋）；路线共 %5 米，按优先级顺序 %6 米；距离按%7计算</source>
            <translation>%1 due, %2 scheduled, %3 not scheduled (%4 a day); routes %5 m in total, %6 m in priority order; distances %7</translation>
        </message>
        <message>
            <source>道路</source>
            <translation>along the roads</translation>
        </message>
        <message>
            <source>直线</source>
            <translation>as straight lines</translation>
        </message>
        <message>
            <source>。每日容量的修改尚未保存，计划按已保存的容量</source>
            <translation>. The daily capacity edit is not saved: the plan uses the saved capacity</translation>
        </message>
        <message>
            <source>尚未生成巡查计划</source>
            <translation>No patrol plan yet</translation>
        </message>
        <message>
            <source>已导出 %1 个文件到 %2</source>
            <translation>Exported %1 files to %2</translation>
        </message>
        <message>
            <source>导出失败：%1</source>
            <translation>Export failed: %1</translation>
        </message>
        <message>
            <source>导出巡查清单到文件夹</source>
            <translation>Export the patrol lists to a folder</translation>
        </message>
    
        <message>
            <source>导出完整个人信息</source>
            <translation>Export full personal data</translation>
        </message>
        <message>
            <source>不勾选时，导出的产权人电话隐去中间数字</source>
            <translation>When unchecked, owner phones are exported with the middle digits masked</translation>
        </message>
</context>
    <context>
        <name>fangan::gui::CoverageView</name>
        <message>
            <source>（无）</source>
            <translation>(none)</translation>
        </message>
        <message>
            <source>%1 栋未排查</source>
            <translation>%1 unchecked</translation>
        </message>
        <message>
            <source>%1–%2 栋未排查</source>
            <translation>%1–%2 unchecked</translation>
        </message>
        <message>
            <source>%1 %2%</source>
            <translation>%1 %2%</translation>
        </message>
        <message>
            <source>%1 无房屋</source>
            <translation>%1 no buildings</translation>
        </message>
    </context>
    <context>
        <name>fangan::gui::MapTools</name>
        <message>
            <source>平移</source>
            <translation>Pan</translation>
        </message>
        <message>
            <source>平移：拖动移动地图，单击查看房屋；按住 Shift 拖动可拉框放大，方向键平移，+/- 缩放</source>
            <translation>Pan: drag to move the map, click to show a building; Shift+drag zooms to a box, arrow keys pan, +/- zoom</translation>
        </message>
        <message>
            <source>拉框放大</source>
            <translation>Zoom to box</translation>
        </message>
        <message>
            <source>拉框放大：拖出矩形，放大到该范围</source>
            <translation>Zoom to box: drag a rectangle to zoom to it</translation>
        </message>
        <message>
            <source>框选</source>
            <translation>Select by box</translation>
        </message>
        <message>
            <source>框选：拖出矩形选择；按住 Ctrl 或 Shift 加选</source>
            <translation>Select by box: drag a rectangle to select; hold Ctrl or Shift to add to the selection</translation>
        </message>
        <message>
            <source>多边形选择</source>
            <translation>Select by polygon</translation>
        </message>
        <message>
            <source>多边形选择：单击添加顶点，双击或回车完成，Backspace 删除上一个顶点，Esc 取消；按住 Ctrl 或 Shift 完成则加选</source>
            <translation>Select by polygon: click to add vertices, double-click or Enter to finish, Backspace removes the last vertex, Esc cancels; hold Ctrl or Shift when finishing to add to the selection</translation>
        </message>
        <message>
            <source>%1（%2）</source>
            <translation>%1 (%2)</translation>
        </message>
    </context>
    <context>
        <name>fangan::gui::KeyZonesPanel</name>
        <message>
            <source>全部类型</source>
            <translation>All types</translation>
        </message>
        <message>
            <source>重点区域</source>
            <translation>Key zone</translation>
        </message>
        <message>
            <source>房屋</source>
            <translation>Buildings</translation>
        </message>
        <message>
            <source>已排查</source>
            <translation>Checked</translation>
        </message>
        <message>
            <source>未排查</source>
            <translation>Unchecked</translation>
        </message>
        <message>
            <source>排查率</source>
            <translation>Coverage</translation>
        </message>
        <message>
            <source>正在计算…</source>
            <translation>Computing…</translation>
        </message>
        <message>
            <source>无法计算重点区域排查情况：%1</source>
            <translation>Cannot compute the key-zone coverage: %1</translation>
        </message>
        <message>
            <source>项目中没有重点区域</source>
            <translation>The project has no key zones</translation>
        </message>
        <message>
            <source>房屋尚未与重点区域关联，请先运行分析（fangan analyze）</source>
            <translation>The buildings are not linked to the key zones yet: run the analysis first (fangan analyze)</translation>
        </message>
        <message>
            <source>重点区域内共 %1 栋房屋，已排查 %2 栋，未排查 %3 栋（排查率 %4）</source>
            <translation>%1 buildings in key zones: %2 checked, %3 unchecked (coverage %4)</translation>
        </message>
        <message>
            <source>未命名</source>
            <translation>Unnamed</translation>
        </message>
        <message>
            <source>区域编号 %1</source>
            <translation>Zone id %1</translation>
        </message>
        <message>
            <source>另有 %1 个区域（排查缺口较小）</source>
            <translation>%1 more zones (smaller gaps)</translation>
        </message>
    </context>
    <context>
        <name>fangan::gui::BasemapMenu</name>
        <message>
            <source>底图(&amp;B)</source>
            <translation>&amp;Basemaps</translation>
        </message>
        <message>
            <source>添加底图…</source>
            <translation>Add basemap…</translation>
        </message>
        <message>
            <source>移除底图</source>
            <translation>Remove basemap</translation>
        </message>
        <message>
            <source>没有打开的项目</source>
            <translation>No project is open</translation>
        </message>
        <message>
            <source>无法移除底图</source>
            <translation>Cannot remove basemap</translation>
        </message>
        <message>
            <source>无法移除底图“%1”：%2</source>
            <translation>Cannot remove basemap “%1”: %2</translation>
        </message>
        <message>
            <source>添加底图</source>
            <translation>Add basemap</translation>
        </message>
        <message>
            <source>栅格 (*.tif *.tiff *.mbtiles *.jp2 *.png *.jpg);;所有文件 (*)</source>
            <translation>Rasters (*.tif *.tiff *.mbtiles *.jp2 *.png *.jpg);;All files (*)</translation>
        </message>
        <message>
            <source>无法添加底图</source>
            <translation>Cannot add basemap</translation>
        </message>
        <message>
            <source>无法添加底图“%1”：%2</source>
            <translation>Cannot add basemap “%1”: %2</translation>
        </message>
        <message>
            <source>%1（无法打开）</source>
            <translation>%1 (cannot be opened)</translation>
        </message>
        <message>
            <source>（无底图）</source>
            <translation>(no basemaps)</translation>
        </message>
        <message>
            <source>底图无法打开</source>
            <translation>Basemaps unavailable</translation>
        </message>
        <message>
            <source>以下底图无法打开，未显示（可在“移除底图”中移除）：
%1</source>
            <translation>These basemaps could not be opened and are not shown (they can be removed under “Remove basemap”):
%1</translation>
        </message>
    </context>
    <context>
        <name>LayerFieldText</name>
        <message>
            <source>编码</source>
            <translation>Code</translation>
        </message>
        <message>
            <source>排查状态</source>
            <translation>Survey status</translation>
        </message>
        <message>
            <source>隐患等级</source>
            <translation>Hazard grade</translation>
        </message>
        <message>
            <source>健康码</source>
            <translation>Health code</translation>
        </message>
        <message>
            <source>管控措施</source>
            <translation>Control measure</translation>
        </message>
        <message>
            <source>镇街</source>
            <translation>Town</translation>
        </message>
        <message>
            <source>网格</source>
            <translation>Grid</translation>
        </message>
        <message>
            <source>名称</source>
            <translation>Name</translation>
        </message>
        <message>
            <source>标注</source>
            <translation>Label</translation>
        </message>
        <message>
            <source>类型</source>
            <translation>Type</translation>
        </message>
        <message>
            <source>类别</source>
            <translation>Category</translation>
        </message>
        <message>
            <source>排查结果</source>
            <translation>Survey result</translation>
        </message>
        <message>
            <source>层数</source>
            <translation>Floors</translation>
        </message>
        <message>
            <source>建成年份</source>
            <translation>Year built</translation>
        </message>
        <message>
            <source>结构类型</source>
            <translation>Structure</translation>
        </message>
        <message>
            <source>用途</source>
            <translation>Use</translation>
        </message>
        <message>
            <source>（空）</source>
            <translation>(empty)</translation>
        </message>
    </context>
    <context>
        <name>fangan::gui::OpacityDialog</name>
        <message>
            <source>图层不透明度</source>
            <translation>Layer opacity</translation>
        </message>
        <message>
            <source>“%1”的不透明度：</source>
            <translation>Opacity of “%1”:</translation>
        </message>
    </context>
    <context>
        <name>fangan::gui::ThematicDialog</name>
        <message>
            <source>分级着色：%1</source>
            <translation>Graduated: %1</translation>
        </message>
        <message>
            <source>分类着色：%1</source>
            <translation>Categorized: %1</translation>
        </message>
        <message>
            <source>%1（%2）</source>
            <translation>%1 (%2)</translation>
        </message>
        <message>
            <source>字段：</source>
            <translation>Field:</translation>
        </message>
        <message>
            <source>分级数：</source>
            <translation>Classes:</translation>
        </message>
        <message>
            <source>分位数（各级数量相近）</source>
            <translation>Quantile (classes of similar size)</translation>
        </message>
        <message>
            <source>等间距</source>
            <translation>Equal interval</translation>
        </message>
        <message>
            <source>分级方法：</source>
            <translation>Method:</translation>
        </message>
        <message>
            <source>最多类别数：</source>
            <translation>Most categories:</translation>
        </message>
        <message>
            <source>此图层没有数值字段。</source>
            <translation>This layer has no numeric field.</translation>
        </message>
        <message>
            <source>此图层没有字段。</source>
            <translation>This layer has no field.</translation>
        </message>
    </context>
    <context>
        <name>fangan::gui::ReportDialog</name>
        <message>
            <source>生成进度报告</source>
            <translation>Progress report</translation>
        </message>
        <message>
            <source>日动态</source>
            <translation>Daily update</translation>
        </message>
        <message>
            <source>周报（周一至周日）</source>
            <translation>Weekly (Monday to Sunday)</translation>
        </message>
        <message>
            <source>旬报</source>
            <translation>Ten-day report</translation>
        </message>
        <message>
            <source>半月报</source>
            <translation>Half-monthly report</translation>
        </message>
        <message>
            <source>月报</source>
            <translation>Monthly report</translation>
        </message>
        <message>
            <source>报告周期</source>
            <translation>Period</translation>
        </message>
        <message>
            <source>报告日期</source>
            <translation>Report date</translation>
        </message>
        <message>
            <source>全区（按镇街）</source>
            <translation>District (by town)</translation>
        </message>
        <message>
            <source>镇街：%1（按网格）</source>
            <translation>Town: %1 (by grid)</translation>
        </message>
        <message>
            <source>网格：%1</source>
            <translation>Grid: %1</translation>
        </message>
        <message>
            <source>范围</source>
            <translation>Area</translation>
        </message>
        <message>
            <source>报告文件（.pdf 或 .xlsx）</source>
            <translation>Report file (.pdf or .xlsx)</translation>
        </message>
        <message>
            <source>浏览…</source>
            <translation>Browse…</translation>
        </message>
        <message>
            <source>输出文件</source>
            <translation>Output file</translation>
        </message>
        <message>
            <source>生成</source>
            <translation>Generate</translation>
        </message>
        <message>
            <source>取消</source>
            <translation>Cancel</translation>
        </message>
        <message>
            <source>正在取消…</source>
            <translation>Cancelling…</translation>
        </message>
        <message>
            <source>保存报告</source>
            <translation>Save report</translation>
        </message>
        <message>
            <source>PDF 报告 (*.pdf);;Excel 工作簿 (*.xlsx)</source>
            <translation>PDF report (*.pdf);;Excel workbook (*.xlsx)</translation>
        </message>
        <message>
            <source>请选择输出文件：.pdf 或 .xlsx</source>
            <translation>Choose an output file: .pdf or .xlsx</translation>
        </message>
        <message>
            <source>正在统计并写出报告…</source>
            <translation>Computing and writing the report…</translation>
        </message>
        <message>
            <source>已取消</source>
            <translation>Cancelled</translation>
        </message>
        <message>
            <source>已写出 %1</source>
            <translation>Written: %1</translation>
        </message>
        <message>
            <source>无法生成报告：%1</source>
            <translation>Cannot write the report: %1</translation>
        </message>
        <message>
            <source>关闭</source>
            <translation>Close</translation>
        </message>
    </context>
    <context>
        <name>fangan::gui::SpotCheckPanel</name>
        <message>
            <source>抽查比例：不少于当地经营性自建房总量的10%</source>
            <translation>Sampling rate: at least 10% of the town's commercial self-built houses</translation>
        </message>
        <message>
            <source>随机种子：相同种子和数据抽出相同样本</source>
            <translation>Random seed: the same seed and data draw the same sample</translation>
        </message>
        <message>
            <source>抽样</source>
            <translation>Draw sample</translation>
        </message>
        <message>
            <source>导出抽查表…</source>
            <translation>Export sheet…</translation>
        </message>
        <message>
            <source>比例</source>
            <translation>Rate</translation>
        </message>
        <message>
            <source>种子</source>
            <translation>Seed</translation>
        </message>
        <message>
            <source>各镇街抽查正确率</source>
            <translation>Spot-check accuracy by town</translation>
        </message>
        <message>
            <source>镇街</source>
            <translation>Town</translation>
        </message>
        <message>
            <source>抽查数</source>
            <translation>Sampled</translation>
        </message>
        <message>
            <source>已检查</source>
            <translation>Checked</translation>
        </message>
        <message>
            <source>正确</source>
            <translation>Correct</translation>
        </message>
        <message>
            <source>错排</source>
            <translation>Wrongly surveyed</translation>
        </message>
        <message>
            <source>漏排</source>
            <translation>Missed</translation>
        </message>
        <message>
            <source>正确率</source>
            <translation>Accuracy</translation>
        </message>
        <message>
            <source>处理意见</source>
            <translation>Action</translation>
        </message>
        <message>
            <source>责令重新排查…</source>
            <translation>Order re-survey…</translation>
        </message>
        <message>
            <source>抽查房屋</source>
            <translation>Sampled buildings</translation>
        </message>
        <message>
            <source>房屋编码</source>
            <translation>Code</translation>
        </message>
        <message>
            <source>地址</source>
            <translation>Address</translation>
        </message>
        <message>
            <source>检查日期</source>
            <translation>Check date</translation>
        </message>
        <message>
            <source>检查人</source>
            <translation>Inspector</translation>
        </message>
        <message>
            <source>抽查结果</source>
            <translation>Outcome</translation>
        </message>
        <message>
            <source>核实情况</source>
            <translation>Right values</translation>
        </message>
        <message>
            <source>（不变）</source>
            <translation>(unchanged)</translation>
        </message>
        <message>
            <source>无隐患</source>
            <translation>No hazard</translation>
        </message>
        <message>
            <source>有隐患</source>
            <translation>Hazard</translation>
        </message>
        <message>
            <source>存疑</source>
            <translation>Suspect</translation>
        </message>
        <message>
            <source>核实初判隐患</source>
            <translation>Verified initial hazard</translation>
        </message>
        <message>
            <source>备注</source>
            <translation>Note</translation>
        </message>
        <message>
            <source>记录抽查结果</source>
            <translation>Record outcome</translation>
        </message>
        <message>
            <source>尚未抽样：选择比例和种子后点“抽样”</source>
            <translation>No sample yet: choose a rate and a seed, then click Draw sample</translation>
        </message>
        <message>
            <source>责令重新排查</source>
            <translation>Order re-survey</translation>
        </message>
        <message>
            <source>未检查</source>
            <translation>Not checked</translation>
        </message>
        <message>
            <source>样本：%1 抽样，比例 %2%，种子 %3，共 %4 栋</source>
            <translation>Sample drawn %1, rate %2%, seed %3, %4 buildings</translation>
        </message>
        <message>
            <source>无法抽样：%1</source>
            <translation>Cannot draw the sample: %1</translation>
        </message>
        <message>
            <source>导出抽查表</source>
            <translation>Export spot-check sheet</translation>
        </message>
        <message>
            <source>抽查表.xlsx</source>
            <translation>spot-check-sheet.xlsx</translation>
        </message>
        <message>
            <source>Excel 工作簿 (*.xlsx);;CSV (*.csv)</source>
            <translation>Excel workbook (*.xlsx);;CSV (*.csv)</translation>
        </message>
        <message>
            <source>已导出抽查表：%1</source>
            <translation>Sheet exported: %1</translation>
        </message>
        <message>
            <source>请先在列表中选择一栋抽查房屋</source>
            <translation>Select a sampled building in the list first</translation>
        </message>
        <message>
            <source>未记录：%1</source>
            <translation>Not recorded: %1</translation>
        </message>
        <message>
            <source>已记录 %1 的抽查结果</source>
            <translation>Outcome of %1 recorded</translation>
        </message>
        <message>
            <source>%1 的抽查正确率不低于90%，无需责令重新排查</source>
            <translation>%1 is at 90% accuracy or above: no re-survey needed</translation>
        </message>
        <message>
            <source>%1 的抽查正确率为 %2%，低于90%。
将该镇街初判无隐患的房屋全部列入重新排查，直到重新排查后才从巡查计划中移除。
确定责令重新排查吗？（可撤销）</source>
            <translation>The spot-check accuracy of %1 is %2%, below 90%.
Every building the town judged to have no hazard will be put up for re-survey and stay on the patrol plans until it is surveyed again.
Order the re-survey? (This can be undone.)</translation>
        </message>
        <message>
            <source>已取消</source>
            <translation>Cancelled</translation>
        </message>
        <message>
            <source>无法写入：%1</source>
            <translation>Cannot write: %1</translation>
        </message>
        <message>
            <source>已责令 %1 重新排查：%2 栋列入巡查计划</source>
            <translation>%1 ordered to re-survey: %2 buildings put on the patrol plans</translation>
        </message>
    </context>
    <context>
        <name>ResurveyCommand</name>
        <message>
            <source>责令 %1 重新排查</source>
            <translation>Order %1 to re-survey</translation>
        </message>
    </context>
    <context>
        <name>Refusal</name>
        <message>
            <source>房屋已拆除，不能登记“%1”（只能登记销号或无法进入）</source>
            <translation>The building is demolished: “%1” cannot be recorded (only a closure or no access)</translation>
        </message>
        <message>
            <source>房屋已拆除，只能登记销号</source>
            <translation>The building is demolished: only a closure can be recorded</translation>
        </message>
        <message>
            <source>该类检查不能登记“%1”</source>
            <translation>This kind of inspection cannot record “%1”</translation>
        </message>
        <message>
            <source>已初判有隐患、待鉴定，巡查不能改为无隐患（须技术复核或鉴定）</source>
            <translation>An initial hazard awaits appraisal: a patrol cannot change it to no hazard (a technical re-check or an appraisal must)</translation>
        </message>
        <message>
            <source>%1危房未完成工程措施，巡查不能改为无隐患</source>
            <translation>%1 dangerous building without completed engineering measures: a patrol cannot change it to no hazard</translation>
        </message>
        <message>
            <source>未初判有隐患，无需技术复核</source>
            <translation>No initial hazard: no technical re-check is needed</translation>
        </message>
        <message>
            <source>已鉴定为%1，技术复核不能替代鉴定结论</source>
            <translation>Appraised as %1: a technical re-check cannot replace the appraisal</translation>
        </message>
        <message>
            <source>没有待鉴定的隐患，无需责成鉴定</source>
            <translation>No hazard awaits appraisal: no appraisal order is needed</translation>
        </message>
        <message>
            <source>未记录管控措施，无法核实管控</source>
            <translation>No control measure is recorded: control cannot be verified</translation>
        </message>
        <message>
            <source>未处于管控状态，无需解除管控</source>
            <translation>Not under control: nothing to lift</translation>
        </message>
        <message>
            <source>整治完成前不得解除管控措施</source>
            <translation>Control may not be lifted before rectification is complete</translation>
        </message>
        <message>
            <source>未记录整治措施，无法登记整治完成</source>
            <translation>No rectification measure is recorded: its completion cannot be recorded</translation>
        </message>
        <message>
            <source>%1危房未完成工程措施，不得销号（仅管理措施不能销号）</source>
            <translation>%1 dangerous building without completed engineering measures may not be closed (management measures alone never close it)</translation>
        </message>
        <message>
            <source>无销号依据（须技术复核无隐患、鉴定为A/B级或完成工程措施）</source>
            <translation>No basis for closure (a re-check finding no hazard, grade A/B, or completed engineering measures)</translation>
        </message>
        <message>
            <source>请选择鉴定等级</source>
            <translation>Choose an appraisal grade</translation>
        </message>
        <message>
            <source>房屋尚未排查，须先排查再鉴定</source>
            <translation>The building has not been surveyed: survey it before the appraisal</translation>
        </message>
        <message>
            <source>%1危房未完成工程措施，不能改鉴定为A/B级</source>
            <translation>%1 dangerous building without completed engineering measures cannot be re-graded A/B</translation>
        </message>
        <message>
            <source>请选择整治措施</source>
            <translation>Choose a rectification measure</translation>
        </message>
        <message>
            <source>未初判有隐患也未鉴定，无需整治</source>
            <translation>No initial hazard and no appraisal: nothing to rectify</translation>
        </message>
        <message>
            <source>已销号，无需整治</source>
            <translation>The case is closed: nothing to rectify</translation>
        </message>
            <message>
            <source>移送类别不在移送类别清单中</source>
            <translation>The kind is not in the referral kind list</translation>
        </message>
        <message>
            <source>移送须写明接收部门</source>
            <translation>A referral needs the receiving department</translation>
        </message>
        <message>
            <source>移送须指明房屋编码或问题台账中的问题</source>
            <translation>A referral needs a building code or a registered problem</translation>
        </message>
        <message>
            <source>缺少移送日期</source>
            <translation>The referral date is missing</translation>
        </message>
        <message>
            <source>移送不能改为该状态（已办结不能再改）</source>
            <translation>The referral cannot move to that state (closed is final)</translation>
        </message>
        <message>
            <source>已反馈须填写反馈意见</source>
            <translation>Answered needs the department's feedback</translation>
        </message>
        <message>
            <source>反馈或办结日期早于移送日期</source>
            <translation>The feedback or closure is dated before the referral</translation>
        </message>
        <message>
            <source>接收部门尚未反馈，不能办结</source>
            <translation>The department has not answered yet: the referral cannot be closed</translation>
        </message>
        <message>
            <source>日期早于上次状态变更</source>
            <translation>The date is before the last state change</translation>
        </message>
        <message>
            <source>移送记录不存在</source>
            <translation>No such referral</translation>
        </message>
        <message>
            <source>此房屋已被 %1 于 %2 修改</source>
            <translation>This building was changed by %1 at %2</translation>
        </message>
        <message>
            <source>此房屋已被其他用户修改（%1），请重新载入</source>
            <translation>This building (%1) was changed by another user; please reload</translation>
        </message>
    </context>
    <context>
        <name>fangan::gui::ResponsibilityDialog</name>
        <message>
            <source>责任人与手续：%1</source>
            <translation>Responsible parties and approvals: %1</translation>
        </message>
        <message>
            <source>产权人</source>
            <translation>Owner</translation>
        </message>
        <message>
            <source>产权人电话</source>
            <translation>Owner phone</translation>
        </message>
        <message>
            <source>使用人</source>
            <translation>Occupant</translation>
        </message>
        <message>
            <source>使用人电话</source>
            <translation>Occupant phone</translation>
        </message>
        <message>
            <source>行业主管部门</source>
            <translation>Industry department</translation>
        </message>
        <message>
            <source>立项</source>
            <translation>Project approval</translation>
        </message>
        <message>
            <source>用地</source>
            <translation>Land use</translation>
        </message>
        <message>
            <source>规划</source>
            <translation>Planning</translation>
        </message>
        <message>
            <source>施工</source>
            <translation>Construction</translation>
        </message>
        <message>
            <source>消防</source>
            <translation>Fire safety</translation>
        </message>
        <message>
            <source>未知</source>
            <translation>Unknown</translation>
        </message>
        <message>
            <source>有</source>
            <translation>Yes</translation>
        </message>
        <message>
            <source>无</source>
            <translation>No</translation>
        </message>
        <message>
            <source>文号</source>
            <translation>Document no.</translation>
        </message>
        <message>
            <source>%1手续</source>
            <translation>%1 approval</translation>
        </message>
        <message>
            <source>未能保存：%1</source>
            <translation>Could not save: %1</translation>
        </message>
        <message>
            <source>重新载入并重新应用</source>
            <translation>Reload and apply again</translation>
        </message>
        <message>
            <source>房屋不存在</source>
            <translation>No such building</translation>
        </message>
    </context>
    <context>
        <name>fangan::gui::PlanDialog</name>
        <message>
            <source>一栋一策：%1</source>
            <translation>Rectification plan: %1</translation>
        </message>
        <message>
            <source>编号</source>
            <translation>No.</translation>
        </message>
        <message>
            <source>整治措施</source>
            <translation>Measure</translation>
        </message>
        <message>
            <source>责任单位</source>
            <translation>Responsible unit</translation>
        </message>
        <message>
            <source>完成期限</source>
            <translation>Due date</translation>
        </message>
        <message>
            <source>状态</source>
            <translation>State</translation>
        </message>
        <message>
            <source>节点</source>
            <translation>Milestones</translation>
        </message>
        <message>
            <source>制定整治方案</source>
            <translation>Draft a plan</translation>
        </message>
        <message>
            <source>每行一个节点：YYYY-MM-DD 内容</source>
            <translation>One milestone per line: YYYY-MM-DD text</translation>
        </message>
        <message>
            <source>技术路线</source>
            <translation>Technical route</translation>
        </message>
        <message>
            <source>责任人</source>
            <translation>Responsible person</translation>
        </message>
        <message>
            <source>开始日期</source>
            <translation>Start date</translation>
        </message>
        <message>
            <source>制定</source>
            <translation>Draft</translation>
        </message>
        <message>
            <source>方案进展</source>
            <translation>Progress</translation>
        </message>
        <message>
            <source>日期</source>
            <translation>Date</translation>
        </message>
        <message>
            <source>说明</source>
            <translation>Note</translation>
        </message>
        <message>
            <source>开始实施</source>
            <translation>Start work</translation>
        </message>
        <message>
            <source>下一节点完成</source>
            <translation>Next milestone done</translation>
        </message>
        <message>
            <source>完成</source>
            <translation>Complete</translation>
        </message>
        <message>
            <source>撤销</source>
            <translation>Cancel plan</translation>
        </message>
        <message>
            <source>%1（逾期）</source>
            <translation>%1 (overdue)</translation>
        </message>
        <message>
            <source>%1/%2</source>
            <translation>%1/%2</translation>
        </message>
        <message>
            <source>节点“%1”应以日期开头 (YYYY-MM-DD 内容)</source>
            <translation>Milestone "%1" must start with a date (YYYY-MM-DD text)</translation>
        </message>
    </context>
    <context>
        <name>fangan::gui::ProblemRegisterPanel</name>
        <message>
            <source>仅逾期</source>
            <translation>Overdue only</translation>
        </message>
        <message>
            <source>全部来源</source>
            <translation>All sources</translation>
        </message>
        <message>
            <source>导入问题清单…</source>
            <translation>Import problem list…</translation>
        </message>
        <message>
            <source>编号</source>
            <translation>No.</translation>
        </message>
        <message>
            <source>来源</source>
            <translation>Source</translation>
        </message>
        <message>
            <source>发现日期</source>
            <translation>Found</translation>
        </message>
        <message>
            <source>房屋/位置</source>
            <translation>Building/location</translation>
        </message>
        <message>
            <source>镇街</source>
            <translation>Town</translation>
        </message>
        <message>
            <source>问题描述</source>
            <translation>Description</translation>
        </message>
        <message>
            <source>整改期限</source>
            <translation>Deadline</translation>
        </message>
        <message>
            <source>状态</source>
            <translation>State</translation>
        </message>
        <message>
            <source>佐证材料：文号、照片路径</source>
            <translation>Evidence: document numbers, photo paths</translation>
        </message>
        <message>
            <source>变更状态</source>
            <translation>Change state</translation>
        </message>
        <message>
            <source>改为</source>
            <translation>Move to</translation>
        </message>
        <message>
            <source>说明</source>
            <translation>Note</translation>
        </message>
        <message>
            <source>佐证</source>
            <translation>Evidence</translation>
        </message>
        <message>
            <source>全部镇街</source>
            <translation>All towns</translation>
        </message>
        <message>
            <source>%1（逾期）</source>
            <translation>%1 (overdue)</translation>
        </message>
        <message>
            <source>登记 %1，已确认 %2（问题确认率 %3），已整改 %4（问题整改率 %5），逾期 %6</source>
            <translation>Registered %1, confirmed %2 (confirmation rate %3), rectified %4 (rectification rate %5), overdue %6</translation>
        </message>
        <message>
            <source>未导入：
%1</source>
            <translation>Not imported:
%1</translation>
        </message>
        <message>
            <source>导入问题 %1 条，已登记跳过 %2 条</source>
            <translation>Imported %1 problems, skipped %2 already registered</translation>
        </message>
        <message>
            <source>请先选择一个问题</source>
            <translation>Select a problem first</translation>
        </message>
        <message>
            <source>问题 %1 已改为“%2”</source>
            <translation>Problem %1 moved to "%2"</translation>
        </message>
        <message>
            <source>导入问题清单</source>
            <translation>Import problem list</translation>
        </message>
        <message>
            <source>表格 (*.xlsx *.csv)</source>
            <translation>Sheets (*.xlsx *.csv)</translation>
        </message>
    </context>
    <context>
        <name>fangan::gui::LockWaitPrompt</name>
        <message>
            <source>正在等待项目</source>
            <translation>Waiting for the project</translation>
        </message>
        <message>
            <source>取消</source>
            <translation>Cancel</translation>
        </message>
        <message>
            <source>项目正由另一进程写入，等待中…
已等待 %1 秒（最长 %2 秒）</source>
            <translation>Another process is writing the project, waiting…
Waited %1 s (at most %2 s)</translation>
        </message>
    </context>
    <context>
        <name>fangan::gui::AttachmentGallery</name>
        <message>
            <source>拍摄时间不详</source>
            <translation>Time taken unknown</translation>
        </message>
    </context>
    <context>
        <name>fangan::gui::PhotoViewDialog</name>
        <message>
            <source>照片：%1</source>
            <translation>Photo: %1</translation>
        </message>
        <message>
            <source>照片无法显示</source>
            <translation>The photo cannot be shown</translation>
        </message>
    </context>
    <context>
        <name>ArchiveActions</name>
        <message>
            <source>照片和 PDF 文件 (*.jpg *.jpeg *.png *.heic *.pdf)</source>
            <translation>Photos and PDF files (*.jpg *.jpeg *.png *.heic *.pdf)</translation>
        </message>
        <message>
            <source>照片和 PDF 文件 (*.jpg *.jpeg *.png *.pdf)</source>
            <translation>Photos and PDF files (*.jpg *.jpeg *.png *.pdf)</translation>
        </message>
        <message>
            <source>添加照片/文件：%1</source>
            <translation>Add photos/files: %1</translation>
        </message>
        <message>
            <source>未添加</source>
            <translation>Not added</translation>
        </message>
        <message>
            <source>导出档案 PDF</source>
            <translation>Export archive PDF</translation>
        </message>
        <message>
            <source>PDF 文件 (*.pdf)</source>
            <translation>PDF files (*.pdf)</translation>
        </message>
        <message>
            <source>个人信息</source>
            <translation>Personal data</translation>
        </message>
        <message>
            <source>导出完整的电话和证件号码？选“否”则按规定脱敏。</source>
            <translation>Export phone and ID numbers in full? “No” masks them as the rules require.</translation>
        </message>
        <message>
            <source>导出失败</source>
            <translation>Export failed</translation>
        </message>
        <message>
            <source>无法打开附件</source>
            <translation>Cannot open the attachment</translation>
        </message>
        <message>
            <source>无法写入临时文件 %1</source>
            <translation>Cannot write the temporary file %1</translation>
        </message>
    </context>
    <context>
        <name>fangan::gui::ReferralPanel</name>
        <message>
            <source>编号</source>
            <translation>No.</translation>
        </message>
        <message>
            <source>房屋编码</source>
            <translation>Building code</translation>
        </message>
        <message>
            <source>移送类别</source>
            <translation>Kind</translation>
        </message>
        <message>
            <source>接收部门</source>
            <translation>Department</translation>
        </message>
        <message>
            <source>移送日期</source>
            <translation>Referred on</translation>
        </message>
        <message>
            <source>状态</source>
            <translation>State</translation>
        </message>
        <message>
            <source>反馈意见</source>
            <translation>Feedback</translation>
        </message>
        <message>
            <source>办结日期</source>
            <translation>Closed on</translation>
        </message>
        <message>
            <source>已移送</source>
            <translation>Referred</translation>
        </message>
        <message>
            <source>已反馈</source>
            <translation>Answered</translation>
        </message>
        <message>
            <source>已办结</source>
            <translation>Closed</translation>
        </message>
        <message>
            <source>反馈意见（已反馈时必填）</source>
            <translation>Feedback (required when answered)</translation>
        </message>
        <message>
            <source>改为该状态</source>
            <translation>Set state</translation>
        </message>
        <message>
            <source>移送类别清单有误：%1</source>
            <translation>The referral kind list is wrong: %1</translation>
        </message>
        <message>
            <source>移送 %1 件，未办结 %2 件</source>
            <translation>%1 referrals, %2 not closed</translation>
        </message>
        <message>
            <source>请先选择一条移送记录</source>
            <translation>Select a referral first</translation>
        </message>
        <message>
            <source>未改动：%1</source>
            <translation>Nothing changed: %1</translation>
        </message>
        <message>
            <source>移送 %1 已改为“%2”</source>
            <translation>Referral %1 is now “%2”</translation>
        </message>
    </context>
    <context>
        <name>fangan::gui::LiveView</name>
        <message>
            <source>区级管理员</source>
            <translation>district admin</translation>
        </message>
        <message>
            <source>镇街</source>
            <translation>town office</translation>
        </message>
        <message>
            <source>网格员</source>
            <translation>grid manager</translation>
        </message>
        <message>
            <source>只读</source>
            <translation>viewer</translation>
        </message>
        <message>
            <source>所有者</source>
            <translation>owner</translation>
        </message>
        <message>
            <source>%1（%2）</source>
            <translation>%1 (%2)</translation>
        </message>
        <message>
            <source>在线：%1</source>
            <translation>Online: %1</translation>
        </message>
        <message>
            <source>、</source>
            <translation>, </translation>
        </message>
    </context>
    <context>
        <name>fangan::gui::ServerConnectDialog</name>
        <message>
            <source>连接服务器</source>
            <translation>Connect to server</translation>
        </message>
        <message>
            <source>项目名，如 haidian</source>
            <translation>project name, e.g. haidian</translation>
        </message>
        <message>
            <source>留空则使用 ~/.pgpass</source>
            <translation>leave empty to use ~/.pgpass</translation>
        </message>
        <message>
            <source>服务器：</source>
            <translation>Server:</translation>
        </message>
        <message>
            <source>端口：</source>
            <translation>Port:</translation>
        </message>
        <message>
            <source>数据库：</source>
            <translation>Database:</translation>
        </message>
        <message>
            <source>项目（方案）：</source>
            <translation>Project (schema):</translation>
        </message>
        <message>
            <source>用户名：</source>
            <translation>User:</translation>
        </message>
        <message>
            <source>密码：</source>
            <translation>Password:</translation>
        </message>
        <message>
            <source>连接</source>
            <translation>Connect</translation>
        </message>
        <message>
            <source>取消</source>
            <translation>Cancel</translation>
        </message>
        <message>
            <source>请填写服务器地址</source>
            <translation>Enter the server address</translation>
        </message>
        <message>
            <source>服务器地址“%1”无效</source>
            <translation>The server address “%1” is not valid</translation>
        </message>
        <message>
            <source>数据库名须为小写字母、数字或下划线，且不以数字开头</source>
            <translation>The database name may hold only lower-case letters, digits and underscores, and may not start with a digit</translation>
        </message>
        <message>
            <source>项目名须为小写字母、数字或下划线，且不以数字开头</source>
            <translation>The project name may hold only lower-case letters, digits and underscores, and may not start with a digit</translation>
        </message>
        <message>
            <source>请填写用户名</source>
            <translation>Enter the user name</translation>
        </message>
    </context>
    <context>
        <name>fangan::gui::ConnectionBanner</name>
        <message>
            <source>立即重试</source>
            <translation>Retry now</translation>
        </message>
        <message>
            <source>与服务器的连接已断开：%1。正在重新连接…… 已填写但未保存的内容仍在窗口中，连接恢复后再保存即可。</source>
            <translation>The connection to the server was lost: %1. Reconnecting… What you have filled in but not saved stays in the window; save it again once the connection is back.</translation>
        </message>
            <message>
            <source>与服务器的连接已断开。第 %1 次重新连接未成功：%2。稍后自动再试；已填写但未保存的内容仍在窗口中。</source>
            <translation>The connection to the server was lost. Reconnection attempt %1 failed: %2. Trying again shortly; what you have filled in but not saved stays in the window.</translation>
        </message>
    </context>
</TS>
