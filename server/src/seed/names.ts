// Fictitious people for the demo county and the bench data generator (bench/generate-*.ts).
export const SURNAMES =
  '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘蒋蔡余杜叶程苏魏吕丁任沈姚卢';
// Given names by gender, so that names match the gender digit of the generated ID numbers.
export const GIVEN_M = [
  '伟',
  '强',
  '磊',
  '军',
  '洋',
  '勇',
  '杰',
  '涛',
  '明',
  '超',
  '刚',
  '建华',
  '志刚',
  '晓东',
  '文博',
  '思远',
  '国庆',
  '立新',
  '春生',
  '平',
];
export const GIVEN_F = [
  '芳',
  '娜',
  '敏',
  '静',
  '丽',
  '艳',
  '娟',
  '秀兰',
  '霞',
  '桂英',
  '海燕',
  '子涵',
  '雨轩',
  '红梅',
  '玉兰',
  '婷',
];
export const POSTS = ['科员', '副科长', '科长', '中队长', '一级主办', '二级主办', '四级主任科员', '执法队员'];
