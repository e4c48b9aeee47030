# av_mlp: the 2017 article's R code with its `=` assignments, names and order of statements.
# The porter lays the biases over the samples by binding n copies of them as rows,
# do.call(rbind, rep(list(b), n)), an n x h matrix for bh and an n x 1 column for bout, the
# layout of X %*% wh; bh and bout themselves stay 1 x h and 1 x 1 and are moved by their sums
# over the samples, colSums(), where the article has rowSums(). Each epoch's loss is the half
# mean squared error of its forward pass, stored after the updates.
#sigmoid function
sigmoid=function(x){
1/(1+exp(-x))
}

# derivative of sigmoid function
derivatives_sigmoid=function(x){
x*(1-x)
}

train=function(X,y,wh,bh,wout,bout,lr,epochs){
# variable initialization
epoch=epochs
n=nrow(X)
loss=numeric(epoch)
for(i in seq_len(epoch)){
# forward propagation
hidden_layer_input1=X%*%wh
hidden_layer_input=hidden_layer_input1+do.call(rbind,rep(list(c(bh)),n))
hidden_layer_activations=sigmoid(hidden_layer_input)
output_layer_input1=hidden_layer_activations%*%wout
output_layer_input=output_layer_input1+do.call(rbind,rep(list(c(bout)),n))
output=sigmoid(output_layer_input)
# Back Propagation
E=y-output
slope_output_layer=derivatives_sigmoid(output)
slope_hidden_layer=derivatives_sigmoid(hidden_layer_activations)
d_output=E*slope_output_layer
Error_at_hidden_layer=d_output%*%t(wout)
d_hiddenlayer=Error_at_hidden_layer*slope_hidden_layer
wout=wout+(t(hidden_layer_activations)%*%d_output)*lr
bout=bout+colSums(d_output)*lr
wh=wh+(t(X)%*%d_hiddenlayer)*lr
bh=bh+colSums(d_hiddenlayer)*lr
loss[i]=sum(E^2)/length(E)/2
}
list(wh=wh,bh=bh,wout=wout,bout=bout,loss=loss)
}
